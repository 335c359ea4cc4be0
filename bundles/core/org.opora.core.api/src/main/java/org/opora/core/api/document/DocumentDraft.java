package org.opora.core.api.document;

import org.opora.core.api.AcademicYear;

/**
 * The data of a document to register.
 *
 * @param type      document type code
 * @param title     title, required
 * @param authorId  the specialist who wrote it, or {@code null}
 * @param year      academic year
 * @param direction the direction of work (000 §3), a code of the core's list; empty for the one the document's type
 *                  gives (see docs/modules/core.md)
 */
public record DocumentDraft(String type, String title, Long authorId, AcademicYear year, String direction) {

    public DocumentDraft {
        title = title == null ? "" : title.strip();
        direction = direction == null ? "" : direction.strip();
    }

    /** A draft whose direction of work the register derives from its type (as before 1.2). */
    public DocumentDraft(String type, String title, Long authorId, AcademicYear year) {
        this(type, title, authorId, year, "");
    }
}
