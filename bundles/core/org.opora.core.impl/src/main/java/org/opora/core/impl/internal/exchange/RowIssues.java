package org.opora.core.impl.internal.exchange;

import java.util.List;

import org.opora.core.api.exchange.ImportIssue;

/** Collects the issues of one row, so that every problem of a row is reported and the row is kept only without any. */
final class RowIssues {

    private final int row;
    private final List<ImportIssue> sink;
    private int count;

    /**
     * @param row  the spreadsheet row number
     * @param sink where the issues of the whole file go
     */
    RowIssues(int row, List<ImportIssue> sink) {
        this.row = row;
        this.sink = sink;
    }

    int row() {
        return row;
    }

    void add(String column, String messageKey, String... params) {
        sink.add(ImportIssue.of(row, column, messageKey, params));
        count++;
    }

    /** Whether no issue was added for the row. */
    boolean clean() {
        return count == 0;
    }
}
