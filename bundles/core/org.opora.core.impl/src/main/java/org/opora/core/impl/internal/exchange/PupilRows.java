package org.opora.core.impl.internal.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.opora.core.api.exchange.ImportIssue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the rows of a pupil file: surname, name, patronymic, date of birth, sex, class and up to two legal
 * representatives (name, relation, phone, e-mail; the second set's headers end in "2"). Every problem of every row
 * is reported, so that the user can correct the file in one go.
 */
public final class PupilRows {

    /** Legal representatives a row may give: usually mother and father. */
    static final int REPRESENTATIVES = 2;

    private static final Logger LOG = LoggerFactory.getLogger(PupilRows.class);
    private static final List<Column> REQUIRED = List.of(Column.SURNAME, Column.NAME, Column.BIRTH_DATE, Column.SEX,
            Column.CLASS);
    private static final List<Column> PUPIL = List.of(Column.SURNAME, Column.NAME, Column.PATRONYMIC,
            Column.BIRTH_DATE, Column.SEX, Column.CLASS);
    private static final List<Column> REPRESENTATIVE = List.of(Column.REPRESENTATIVE, Column.RELATION, Column.PHONE,
            Column.EMAIL);

    private final ImportContext context;
    private final ImportVocabulary vocabulary;

    public PupilRows(ImportContext context, ImportVocabulary vocabulary) {
        this.context = context;
        this.vocabulary = vocabulary;
    }

    /**
     * Checks a table. When the header lacks a required column, only the file-level issues are reported: every row
     * would otherwise repeat them.
     */
    public ParsedRows<PupilRow> parse(Table table) {
        List<ImportIssue> issues = new ArrayList<>(table.issues());
        List<ImportIssue> notes = new ArrayList<>();
        HeaderMap columns = HeaderMap.of(table, vocabulary, allowed(), issues, notes);
        columns.require(REQUIRED.stream().map(c -> new HeaderMap.Slot(c, 1)).toList(), issues);
        requireRepresentativeColumns(columns, issues);
        List<PupilRow> rows = new ArrayList<>();
        if (issues.stream().noneMatch(i -> i.row() == 0)) {
            PupilChecks checks = new PupilChecks(context, vocabulary, notes);
            for (int i = 0; i < table.rows().size(); i++) {
                int number = Table.rowNumber(i);
                RowCells cells = new RowCells(columns, table.rows().get(i), new RowIssues(number, issues));
                if (!cells.blank()) {
                    checks.row(cells).ifPresent(rows::add);
                }
            }
        }
        issues.sort(Comparator.comparingInt(ImportIssue::row));
        LOG.debug("Pupil file: {} rows accepted, {} issues, {} notes", rows.size(), issues.size(), notes.size());
        return new ParsedRows<>(columns.recognised(), rows, issues, notes);
    }

    /**
     * A representative's name and relation go together: without the relation column every representative would be
     * refused, and phones without the name column would be lost, so both are reported once for the file.
     */
    private static void requireRepresentativeColumns(HeaderMap columns, List<ImportIssue> issues) {
        for (int set = 1; set <= REPRESENTATIVES; set++) {
            HeaderMap.Slot name = new HeaderMap.Slot(Column.REPRESENTATIVE, set);
            HeaderMap.Slot relation = new HeaderMap.Slot(Column.RELATION, set);
            boolean anyDetail = columns.has(relation) || columns.has(new HeaderMap.Slot(Column.PHONE, set))
                    || columns.has(new HeaderMap.Slot(Column.EMAIL, set));
            if (columns.has(name)) {
                columns.require(List.of(relation), issues);
            } else if (anyDetail) {
                columns.require(List.of(name), issues);
            }
        }
    }

    private static List<HeaderMap.Slot> allowed() {
        List<HeaderMap.Slot> allowed = new ArrayList<>();
        PUPIL.forEach(c -> allowed.add(new HeaderMap.Slot(c, 1)));
        for (int set = 1; set <= REPRESENTATIVES; set++) {
            for (Column column : REPRESENTATIVE) {
                allowed.add(new HeaderMap.Slot(column, set));
            }
        }
        return allowed;
    }
}
