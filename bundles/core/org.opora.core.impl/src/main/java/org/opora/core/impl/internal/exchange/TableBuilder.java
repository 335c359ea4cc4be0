package org.opora.core.impl.internal.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.opora.core.api.exchange.ImportIssue;

/**
 * Collects the rows a CSV or XLSX reader finds, in spreadsheet numbering, into a {@link Table}. Both readers share
 * it so that both formats follow the same rules: row 1 is the header, gaps are empty rows, trailing empty rows are
 * dropped, rows are cut or padded to the header, and the row cap is checked before anything is stored.
 */
final class TableBuilder {

    /** Wider headers are not a list of pupils or staff; the cap also bounds the memory of padded rows. */
    static final int MAX_COLUMNS = 256;

    private final int maxRows;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<ImportIssue> issues = new ArrayList<>();
    private List<String> header;
    private int lastRow;

    TableBuilder(int maxRows) {
        this.maxRows = maxRows;
    }

    /**
     * Adds a row. Numbers grow; a number not above the previous one is taken as the next row, so a sloppy writer
     * cannot make rows overwrite each other.
     *
     * @param number the spreadsheet row number, 1 for the header
     * @param cells  the cells from column A on; {@code null} cells are empty
     */
    void add(int number, List<String> cells) {
        int row = Math.max(number, lastRow + 1);
        lastRow = row;
        List<String> clean = clean(cells);
        boolean blank = clean.stream().allMatch(String::isEmpty);
        if (row == 1) {
            if (!blank) {
                header = withoutTrailingEmpty(clean);
                if (header.size() > MAX_COLUMNS) {
                    throw new TableFormatException("core.import.file.tooManyColumns", String.valueOf(MAX_COLUMNS));
                }
            }
            return;
        }
        if (blank) {
            // stored only when a filled row follows, so trailing empty rows never take memory
            return;
        }
        if (header == null) {
            throw new TableFormatException("core.import.file.noHeader");
        }
        if (row - 1 > maxRows) {
            throw new TableFormatException("core.import.file.tooManyRows", String.valueOf(maxRows));
        }
        while (Table.rowNumber(rows.size()) < row) {
            rows.add(Collections.nCopies(header.size(), ""));
        }
        rows.add(fit(row, clean));
    }

    /** The table; fails for a file without a header or without data rows. */
    Table build() {
        if (header == null) {
            throw new TableFormatException("core.import.file.empty");
        }
        if (rows.isEmpty()) {
            throw new TableFormatException("core.import.file.noRows");
        }
        return new Table(header, rows, issues);
    }

    private List<String> fit(int row, List<String> cells) {
        int width = header.size();
        if (cells.size() > width && cells.subList(width, cells.size()).stream().anyMatch(c -> !c.isEmpty())) {
            issues.add(ImportIssue.of(row, "", "core.import.error.extraCells"));
        }
        List<String> fitted = new ArrayList<>(cells.subList(0, Math.min(width, cells.size())));
        while (fitted.size() < width) {
            fitted.add("");
        }
        return fitted;
    }

    private static List<String> clean(List<String> cells) {
        List<String> clean = new ArrayList<>(cells.size());
        for (String cell : cells) {
            clean.add(Texts.strip(cell));
        }
        return clean;
    }

    private static List<String> withoutTrailingEmpty(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return cells.subList(0, end);
    }
}
