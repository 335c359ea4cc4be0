package org.opora.core.api.exchange;

import java.util.List;

/**
 * A problem found in an import file.
 *
 * @param row        the row number as a spreadsheet shows it (the header is row 1); 0 for the file as a whole
 * @param column     the column's header, or empty
 * @param messageKey i18n key of the message
 * @param params     message parameters
 */
public record ImportIssue(int row, String column, String messageKey, List<String> params) {

    public ImportIssue {
        column = column == null ? "" : column;
        params = List.copyOf(params);
    }

    public static ImportIssue of(int row, String column, String messageKey, String... params) {
        return new ImportIssue(row, column, messageKey, List.of(params));
    }
}
