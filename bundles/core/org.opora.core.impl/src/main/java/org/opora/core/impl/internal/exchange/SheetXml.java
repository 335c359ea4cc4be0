package org.opora.core.impl.internal.exchange;

import java.io.IOException;
import java.util.List;

/**
 * The worksheet part of an exported workbook: the header row in bold and frozen, an auto-filter over the table and
 * columns as wide as their content. Cells are inline strings, so nothing a user typed is ever run as a formula.
 */
final class SheetXml {

    static final int HEADER_STYLE = 1;
    static final int WRAP_STYLE = 2;
    /** Excel refuses longer cell text. */
    static final int MAX_CELL_LENGTH = 32_767;
    static final int MAX_ROWS = 1_048_576;

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    /** Room for the auto-filter button beside a header. */
    private static final int FILTER_BUTTON = 3;

    private final List<String> header;
    private final List<List<String>> rows;
    private final int columns;

    SheetXml(List<String> header, List<List<String>> rows) {
        int width = header.size();
        for (List<String> row : rows) {
            width = Math.max(width, row.size());
        }
        if (width == 0 || width > CellRef.MAX_COLUMNS || rows.size() + 1 > MAX_ROWS) {
            throw new IllegalArgumentException("a sheet holds 1 to 16384 columns and at most 1048576 rows");
        }
        this.header = header;
        this.rows = rows;
        this.columns = width;
    }

    /** The range the table covers, e.g. "A1:D10". */
    String range() {
        return "A1:" + CellRef.of(columns - 1, rows.size() + 1);
    }

    /** "$A$1:$D$10", as defined names write it. */
    String absoluteRange() {
        return "$A$1:$" + CellRef.letters(columns - 1) + "$" + (rows.size() + 1);
    }

    void write(Appendable out) throws IOException {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"")
                .append(" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
                .append("<dimension ref=\"").append(range()).append("\"/>")
                .append("<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">")
                .append("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .append("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>")
                .append("</sheetView></sheetViews>")
                .append("<sheetFormatPr defaultRowHeight=\"15\"/>");
        writeColumns(out);
        out.append("<sheetData>");
        writeRow(out, 1, header, true);
        for (int i = 0; i < rows.size(); i++) {
            writeRow(out, i + 2, rows.get(i), false);
        }
        // the order of these elements is fixed by the schema; Excel "repairs" a sheet that mixes it up
        out.append("</sheetData><autoFilter ref=\"").append(range()).append("\"/></worksheet>");
    }

    private void writeColumns(Appendable out) throws IOException {
        out.append("<cols>");
        for (int c = 0; c < columns; c++) {
            int width = c < header.size() ? length(header.get(c)) + FILTER_BUTTON : 0;
            for (List<String> row : rows) {
                if (c < row.size()) {
                    width = Math.max(width, length(row.get(c)));
                }
            }
            width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2));
            out.append("<col min=\"").append(String.valueOf(c + 1)).append("\" max=\"").append(String.valueOf(c + 1))
                    .append("\" width=\"").append(String.valueOf(width)).append("\" customWidth=\"1\"/>");
        }
        out.append("</cols>");
    }

    private static void writeRow(Appendable out, int number, List<String> cells, boolean header) throws IOException {
        out.append("<row r=\"").append(String.valueOf(number)).append("\">");
        for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c) == null ? "" : cells.get(c);
            if (text.isEmpty()) {
                continue;
            }
            text = truncate(text);
            int style = header ? HEADER_STYLE : text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 ? WRAP_STYLE : 0;
            out.append("<c r=\"").append(CellRef.of(c, number)).append("\" t=\"inlineStr\"");
            if (style != 0) {
                out.append(" s=\"").append(String.valueOf(style)).append('"');
            }
            boolean preserve = !text.equals(text.strip()) || text.indexOf('\n') >= 0;
            out.append("><is><t").append(preserve ? " xml:space=\"preserve\">" : ">");
            XmlText.append(out, text);
            out.append("</t></is></c>");
        }
        out.append("</row>");
    }

    /** The width of the longest line, in characters. */
    private static int length(String text) {
        if (text == null) {
            return 0;
        }
        int longest = 0;
        for (String line : text.split("\r\n|\r|\n")) {
            longest = Math.max(longest, line.codePointCount(0, line.length()));
        }
        return longest;
    }

    private static String truncate(String text) {
        if (text.length() <= MAX_CELL_LENGTH) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_CELL_LENGTH - 1)) ? MAX_CELL_LENGTH - 1 : MAX_CELL_LENGTH;
        return text.substring(0, end);
    }
}
