package org.opora.core.api.document;

import org.opora.core.api.AcademicYear;

/**
 * The data of a document to register.
 *
 * @param type      document type code
 * @param title     title, required
 * @param authorId  the specialist who wrote it (for examination materials: the examiner), or {@code null}
 * @param year      academic year
 * @param pupilId   the pupil the document is about (since 1.2), or {@code null}; such a document is read only by
 *                  the people {@link DocumentRegister} names
 * @param direction the direction of work (000 §3, since 1.2), a code of the core's list; empty for the one the
 *                  document's type gives (see docs/modules/core.md)
 */
public record DocumentDraft(String type, String title, Long authorId, AcademicYear year, Long pupilId,
        String direction) {

    public DocumentDraft {
        title = title == null ? "" : title.strip();
        direction = direction == null ? "" : direction.strip();
    }

    /** A document about no pupil, its direction of work derived from its type (as in 1.1). */
    public DocumentDraft(String type, String title, Long authorId, AcademicYear year) {
        this(type, title, authorId, year, (Long) null, "");
    }

    /** A document about a pupil (or none), its direction of work derived from its type. */
    public DocumentDraft(String type, String title, Long authorId, AcademicYear year, Long pupilId) {
        this(type, title, authorId, year, pupilId, "");
    }

    /** A document about no pupil with its direction of work. */
    public DocumentDraft(String type, String title, Long authorId, AcademicYear year, String direction) {
        this(type, title, authorId, year, (Long) null, direction);
    }
}
