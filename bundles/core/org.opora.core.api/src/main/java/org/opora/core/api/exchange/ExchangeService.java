package org.opora.core.api.exchange;

import java.util.Locale;

import org.opora.core.api.pupil.PupilQuery;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Import and export (needs {@code core.exchange}). Files are CSV (UTF-8 or Windows-1251, separated by {@code ;} or
 * {@code ,}) or XLSX, with a header row naming the columns.
 */
@ProviderType
public interface ExchangeService {

    /** Reads and checks a file without storing anything. */
    ImportPreview preview(ImportKind kind, String fileName, byte[] content);

    /**
     * Imports a file in one transaction: every row, or none.
     *
     * @return the number of records created
     * @throws ImportRejectedException when any row has a problem
     */
    int importFile(ImportKind kind, String fileName, byte[] content);

    /** The pupils matching the query as an XLSX workbook with headers in the language. */
    byte[] exportPupils(PupilQuery query, Locale locale);
}
