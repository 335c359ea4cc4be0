package org.opora.core.api.document;

import org.opora.core.api.AcademicYear;

/**
 * The data of a document to register.
 *
 * @param type     document type code
 * @param title    title, required
 * @param authorId the specialist who wrote it, or {@code null}
 * @param year     academic year
 */
public record DocumentDraft(String type, String title, Long authorId, AcademicYear year) {

    public DocumentDraft {
        title = title == null ? "" : title.strip();
    }
}
