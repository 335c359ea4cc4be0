package org.opora.platform.api.print;

import java.util.Locale;

import org.osgi.annotation.versioning.ProviderType;

/** Renders documents to PDF. */
@ProviderType
public interface DocumentService {

    /** Renders a document model to PDF bytes. */
    byte[] render(PrintDocument document);

    /**
     * Draws a chart as a PNG picture of the given size in pixels, exactly as {@link #render} draws it into a PDF
     * (the same fonts, colours and proportions), for a page that shows the chart next to its printed form.
     *
     * @since 1.1
     */
    byte[] chart(Block.Chart chart, int width, int height);

    /**
     * Builds the contributed form {@code documentId} for a record and renders it, after checking the current
     * user's permission; the print is written to the audit journal.
     *
     * @throws IllegalArgumentException if no such form is installed or the record does not exist
     * @throws org.opora.platform.api.security.AccessDeniedException without the form's permission
     */
    byte[] print(String documentId, String recordId, Locale locale);
}
