package org.opora.teachersupport.api.record;

/**
 * The filters of the list of records; the result holds only the records the caller may read.
 *
 * @param text   part of the teacher's name; empty for all
 * @param status only records in this state, or {@code null} for all
 * @param mine   only the records the caller leads or takes part in
 */
public record SupportQuery(String text, SupportStatus status, boolean mine) {

    public SupportQuery {
        text = text == null ? "" : text.strip();
    }

    /** Every record the caller may read. */
    public static SupportQuery all() {
        return new SupportQuery("", null, false);
    }
}
