package org.opora.core.impl.internal.exchange;

import java.util.List;

import org.opora.core.api.exchange.ImportIssue;

/**
 * A table read from an import file: the header row and the data rows below it. Every row has exactly as many cells
 * as the header, cells are stripped, and the trailing empty rows are dropped; empty rows in between stay so that row
 * {@code i} is always spreadsheet row {@code i + 2}.
 *
 * @param header the column names of the first row
 * @param rows   the data rows
 * @param issues problems of single rows found while reading (e.g. more cells than columns)
 */
public record Table(List<String> header, List<List<String>> rows, List<ImportIssue> issues) {

    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        issues = List.copyOf(issues);
    }

    public Table(List<String> header, List<List<String>> rows) {
        this(header, rows, List.of());
    }

    /** The row number a spreadsheet shows for the data row at {@code index} (the header is row 1). */
    public static int rowNumber(int index) {
        return index + 2;
    }
}
