package org.opora.core.api.report;

import java.util.List;
import java.util.Locale;

import org.opora.core.api.AcademicYear;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The service's annual report: the sections of the installed modules, collected by the core in a stable order
 * (by {@link ReportContribution#order()}, then id).
 */
@ProviderType
public interface ServiceReport {

    /** The id of the printed report for the platform's {@code DocumentService.print}; the record id is the year, "2026". */
    String PRINT_ID = "core.service-report";

    /**
     * The sections of the installed modules for the year; a section that fails is left out and logged, so one
     * module cannot take the report down.
     *
     * @throws RuntimeException the platform's access-denied exception without the permission {@code core.report.read}
     */
    List<ReportSection> sections(AcademicYear year, Locale locale);

    /**
     * The years the report can be made for, newest first: the current one back to the school's first year with
     * classes, and at least the five before the current one.
     */
    List<AcademicYear> years();
}
