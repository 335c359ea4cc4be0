package org.opora.core.api.report;

import java.util.Locale;
import java.util.Objects;

import org.opora.core.api.AcademicYear;

/**
 * What a section is asked for.
 *
 * @param year   the academic year the figures count (1 September to 31 August)
 * @param locale the language of the section's texts
 * @param viewer the user id of the person viewing or printing the report; a contribution may leave out what the
 *               viewer may not see
 */
public record ReportRequest(AcademicYear year, Locale locale, String viewer) {

    public ReportRequest {
        Objects.requireNonNull(year, "year");
        locale = locale == null ? Locale.forLanguageTag("ru") : locale;
        viewer = viewer == null ? "" : viewer;
    }
}
