package org.opora.patronage.api.cases;

/**
 * The filters of the cases list; the result holds only the cases the caller works on or may read.
 *
 * @param text            part of the pupil's name; empty for all
 * @param category        only this category, or empty
 * @param openOnly        leave out closed cases
 * @param withoutCurator  only open cases without a curator today
 * @param mine            only the cases the caller works on (curator, micro-team, assigned specialist)
 */
public record CaseQuery(String text, String category, boolean openOnly, boolean withoutCurator, boolean mine) {

    public CaseQuery {
        text = text == null ? "" : text.strip();
        category = category == null ? "" : category.strip();
    }

    /** The open cases. */
    public static CaseQuery open() {
        return new CaseQuery("", "", true, false, false);
    }
}
