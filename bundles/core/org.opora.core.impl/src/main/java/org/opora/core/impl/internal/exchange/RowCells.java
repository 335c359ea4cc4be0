package org.opora.core.impl.internal.exchange;

import java.util.List;

import org.opora.core.api.PersonName;
import org.opora.core.impl.internal.rules.NameRule;

/** One data row seen through its {@link HeaderMap}, with the issues found in it. */
final class RowCells {

    private final HeaderMap columns;
    private final List<String> cells;
    private final RowIssues issues;

    RowCells(HeaderMap columns, List<String> cells, RowIssues issues) {
        this.columns = columns;
        this.cells = cells;
        this.issues = issues;
    }

    RowIssues issues() {
        return issues;
    }

    /** The cell of a column (of the first set); empty when the file has no such column. */
    String value(Column column) {
        return value(column, 1);
    }

    String value(Column column, int set) {
        return columns.value(cells, new HeaderMap.Slot(column, set));
    }

    /** The cell of a required column; an empty cell is an issue. */
    String required(Column column) {
        String value = value(column);
        if (value.isEmpty()) {
            issue(column, 1, "core.import.error.required");
        }
        return value;
    }

    /** The cell of an optional free-text column, checked for length. */
    String text(Column column, int set) {
        String value = value(column, set);
        return Values.fits(value, header(column, set), issues) ? value : "";
    }

    String header(Column column, int set) {
        return columns.header(new HeaderMap.Slot(column, set));
    }

    void issue(Column column, int set, String messageKey, String... params) {
        issues.add(header(column, set), messageKey, params);
    }

    /** The person's name from the surname, name and patronymic columns; {@code null} when incomplete. */
    PersonName personName() {
        String surname = required(Column.SURNAME);
        String name = required(Column.NAME);
        String patronymic = text(Column.PATRONYMIC, 1);
        // both checked (no short circuit), so that both problems are reported
        boolean fits = Values.fits(surname, header(Column.SURNAME, 1), issues)
                & Values.fits(name, header(Column.NAME, 1), issues)
                & letters(Column.SURNAME, surname) & letters(Column.NAME, name) & letters(Column.PATRONYMIC, patronymic);
        return surname.isEmpty() || name.isEmpty() || !fits ? null : new PersonName(surname, name, patronymic);
    }

    /** Whether a part of a name is written in letters of one alphabet per word ({@link NameRule}). */
    private boolean letters(Column column, String value) {
        return NameRule.problem(value).map(p -> {
            issue(column, 1, p.importKey(), p.word());
            return false;
        }).orElse(true);
    }

    /** Whether every cell of the row is empty; such rows are skipped, as a spreadsheet user expects. */
    boolean blank() {
        return cells.stream().allMatch(String::isEmpty);
    }
}
