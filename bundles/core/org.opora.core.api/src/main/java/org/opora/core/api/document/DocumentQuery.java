package org.opora.core.api.document;

import org.opora.core.api.AcademicYear;

/**
 * A search in the document register.
 *
 * @param text     part of the title; empty for all
 * @param type     document type code, or empty
 * @param authorId author, or {@code null}
 * @param year     academic year, or {@code null}
 */
public record DocumentQuery(String text, String type, Long authorId, AcademicYear year) {

    public DocumentQuery {
        text = text == null ? "" : text.strip();
        type = type == null ? "" : type;
    }

    public static DocumentQuery all() {
        return new DocumentQuery("", "", null, null);
    }
}
