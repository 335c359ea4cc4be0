package org.opora.core.api.document;

import org.opora.core.api.AcademicYear;

/**
 * A search in the document register. Destroyed documents are found too (they stay as lines of their act).
 *
 * @param text     part of the title; empty for all
 * @param type     document type code, or empty
 * @param authorId author, or {@code null}
 * @param year     academic year, or {@code null}
 * @param pupilId  the pupil the documents are about (since 1.2), or {@code null} for all
 */
public record DocumentQuery(String text, String type, Long authorId, AcademicYear year, Long pupilId) {

    public DocumentQuery {
        text = text == null ? "" : text.strip();
        type = type == null ? "" : type;
    }

    /** A search over every pupil. */
    public DocumentQuery(String text, String type, Long authorId, AcademicYear year) {
        this(text, type, authorId, year, null);
    }

    public static DocumentQuery all() {
        return new DocumentQuery("", "", null, null, null);
    }

    /** The documents about one pupil (since 1.2). */
    public static DocumentQuery aboutPupil(long pupilId) {
        return new DocumentQuery("", "", null, null, pupilId);
    }
}
