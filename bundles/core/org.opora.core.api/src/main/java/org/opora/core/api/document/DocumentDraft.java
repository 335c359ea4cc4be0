package org.opora.core.api.document;

import org.opora.core.api.AcademicYear;

/**
 * The data of a document to register.
 *
 * @param type     document type code
 * @param title    title, required
 * @param authorId the specialist who wrote it (for examination materials: the examiner), or {@code null}
 * @param year     academic year
 * @param pupilId  the pupil the document is about (since 1.2), or {@code null}; such a document is read only by
 *                 the people {@link DocumentRegister} names
 */
public record DocumentDraft(String type, String title, Long authorId, AcademicYear year, Long pupilId) {

    public DocumentDraft {
        title = title == null ? "" : title.strip();
    }

    /** A document about no pupil. */
    public DocumentDraft(String type, String title, Long authorId, AcademicYear year) {
        this(type, title, authorId, year, null);
    }
}
