package org.opora.core.impl.internal.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows and cells by RFC 4180: a cell that starts with a quote may hold separators, line
 * breaks and doubled quotes. A quote inside an unquoted cell is an ordinary character, as in Excel.
 */
final class CsvParser {

    /** Receives each row with its spreadsheet number (a quoted line break does not start a new row). */
    @FunctionalInterface
    interface RowSink {
        void row(int number, List<String> cells);
    }

    private final String text;
    private final char separator;

    CsvParser(String text, char separator) {
        this.text = text;
        this.separator = separator;
    }

    /** {@code ;} or {@code ,}, whichever the header line has more of outside quotes; {@code ;} when equal. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    /** @throws TableFormatException when a quote is opened and never closed */
    void parse(RowSink sink) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int row = 1;
        int quoteRow = 0;
        boolean quoted = false;
        boolean cellStart = true;
        boolean rowStarted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            i++;
            if (quoted) {
                if (c == '"' && next == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else if (c != '\r' || next != '\n') {
                    // a quoted CRLF is kept as one line break
                    cell.append(c);
                }
                continue;
            }
            if (c == '\r' || c == '\n') {
                cells.add(cell.toString());
                sink.row(row++, cells);
                cells = new ArrayList<>();
                cell.setLength(0);
                cellStart = true;
                rowStarted = false;
                if (c == '\r' && next == '\n') {
                    i++;
                }
                continue;
            }
            rowStarted = true;
            if (c == '"' && cellStart) {
                quoted = true;
                quoteRow = row;
                cellStart = false;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                cellStart = true;
            } else {
                cell.append(c);
                cellStart = false;
            }
        }
        if (quoted) {
            throw new TableFormatException("core.import.file.unterminatedQuote", String.valueOf(quoteRow));
        }
        if (rowStarted) {
            cells.add(cell.toString());
            sink.row(row, cells);
        }
    }
}
