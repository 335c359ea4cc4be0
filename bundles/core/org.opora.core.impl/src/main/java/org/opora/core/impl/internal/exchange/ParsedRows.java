package org.opora.core.impl.internal.exchange;

import java.util.List;

import org.opora.core.api.exchange.ImportIssue;

/**
 * The outcome of checking the rows of an import file.
 *
 * @param columns the recognised column headers, in the file's order
 * @param rows    the rows without any problem, in the file's order
 * @param issues  every problem found, file-level ones (row 0) first, then by row; any issue refuses the file
 * @param notes   what else the import would do or leave out (a class to create, a column ignored)
 * @param <T>     the kind of row
 */
public record ParsedRows<T>(List<String> columns, List<T> rows, List<ImportIssue> issues, List<ImportIssue> notes) {

    public ParsedRows {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        issues = List.copyOf(issues);
        notes = List.copyOf(notes);
    }

    /** Whether the file can be imported: no issue and at least one row. */
    public boolean acceptable() {
        return issues.isEmpty() && !rows.isEmpty();
    }
}
