package org.opora.patronage.api.year;

/**
 * What became of the cases of one category in an academic year.
 *
 * @param category    the category code
 * @param opened      cases opened during the year
 * @param closed      cases closed during the year
 * @param openAtEnd   cases open on the year's last day (or today, for the current year)
 * @param rowsDone    plan rows of those cases done during the year
 * @param rowsOverdue plan rows of those cases past their period and not done
 * @param contacts    contacts logged during the year
 */
public record CategoryFigures(String category, int opened, int closed, int openAtEnd, int rowsDone,
        int rowsOverdue, int contacts) {
}
