package org.opora.core.api.exchange;

import java.util.List;

/**
 * What an import file would do, shown before anything is stored.
 *
 * @param kind    what it imports
 * @param columns the recognised columns, in the file's order
 * @param rows    the data rows as read (row {@code i} is spreadsheet row {@code i + 2})
 * @param issues  problems; any problem refuses the whole file
 * @param notes   what else the import would do (e.g. create class 5V), as i18n issues with row 0 or the row
 */
public record ImportPreview(ImportKind kind, List<String> columns, List<List<String>> rows, List<ImportIssue> issues,
        List<ImportIssue> notes) {

    public ImportPreview {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        issues = List.copyOf(issues);
        notes = List.copyOf(notes);
    }

    /** Whether the file can be imported. */
    public boolean acceptable() {
        return issues.isEmpty() && !rows.isEmpty();
    }
}
