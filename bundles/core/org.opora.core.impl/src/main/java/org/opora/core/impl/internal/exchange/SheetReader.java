package org.opora.core.impl.internal.exchange;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the cells of a worksheet part into a {@link TableBuilder}, turning each value into the text Excel would show
 * for the purpose of an import: dates as DD.MM.YYYY, whole numbers without ".0".
 */
final class SheetReader {

    /** Excel shows at most 15 significant digits; more would print 0.1 + 0.2 as 0.30000000000000004. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private static final int MAX_PLAIN_SCALE = 30;

    private final List<String> sharedStrings;
    private final CellStyles styles;
    private final boolean date1904;

    SheetReader(List<String> sharedStrings, CellStyles styles, boolean date1904) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    void read(byte[] sheet, TableBuilder table) throws XMLStreamException {
        XMLStreamReader x = Xml.open(sheet);
        int rowNumber = 0;
        while (x.hasNext()) {
            x.next();
            if (Xml.isStart(x, "row")) {
                rowNumber = number(Xml.attribute(x, "r"), rowNumber + 1);
                table.add(rowNumber, row(x));
            }
        }
    }

    /** The cells of a row, placed by their references so that a row with only A and D keeps D in column D. */
    private List<String> row(XMLStreamReader x) throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        int column = -1;
        while (x.hasNext()) {
            x.next();
            if (Xml.isEnd(x, "row")) {
                break;
            }
            if (Xml.isStart(x, "c")) {
                int referenced = CellRef.column(Xml.attribute(x, "r"));
                column = referenced >= 0 ? referenced : column + 1;
                if (column >= CellRef.MAX_COLUMNS) {
                    throw new TableFormatException("core.import.file.corrupt");
                }
                String value = cell(x);
                while (cells.size() <= column) {
                    cells.add(null);
                }
                cells.set(column, value);
            }
        }
        return cells;
    }

    /** The value of the cell the reader stands on; ends on the cell's end tag. */
    private String cell(XMLStreamReader x) throws XMLStreamException {
        String type = Xml.attribute(x, "t");
        int style = number(Xml.attribute(x, "s"), 0);
        String value = null;
        String inline = null;
        while (x.hasNext()) {
            x.next();
            if (Xml.isEnd(x, "c")) {
                break;
            } else if (Xml.isStart(x, "v")) {
                value = x.getElementText();
            } else if (Xml.isStart(x, "is")) {
                inline = SharedStrings.text(x, "is");
            } else if (Xml.isStart(x, "f")) {
                // the formula itself; its last result is in <v>
                x.getElementText();
            }
        }
        return text(type == null ? "n" : type, style, value, inline);
    }

    private String text(String type, int style, String value, String inline) {
        switch (type) {
            case "inlineStr":
                return inline != null ? inline : value;
            case "s":
                return shared(value);
            case "b":
                return value == null ? null : "1".equals(value.strip()) ? "TRUE" : "FALSE";
            case "d":
                return isoDate(value);
            case "n":
                return value == null ? null : number(value, styles.isDate(style));
            default:
                // "str" (text from a formula), "e" (an error such as #N/A): shown as written
                return value;
        }
    }

    private String shared(String value) {
        int index = number(value, -1);
        if (index < 0 || index >= sharedStrings.size()) {
            throw new TableFormatException("core.import.file.corrupt");
        }
        return sharedStrings.get(index);
    }

    private String number(String value, boolean date) {
        try {
            if (date) {
                LocalDate day = ExcelDates.fromSerial(Double.parseDouble(value), date1904);
                if (day != null) {
                    return ExcelDates.DISPLAY.format(day);
                }
            }
            BigDecimal number = new BigDecimal(value.strip()).round(EXCEL_PRECISION).stripTrailingZeros();
            // plain digits for anything a person types; a huge exponent would otherwise print a billion zeros
            return Math.abs(number.scale()) <= MAX_PLAIN_SCALE ? number.toPlainString() : number.toString();
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** Strict OOXML writes dates as ISO 8601 text in cells of type "d". */
    private static String isoDate(String value) {
        if (value == null || value.length() < 10) {
            return value;
        }
        try {
            return ExcelDates.DISPLAY.format(LocalDate.parse(value.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private static int number(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
