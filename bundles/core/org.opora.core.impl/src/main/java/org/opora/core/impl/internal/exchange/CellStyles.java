package org.opora.core.impl.internal.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Which cell styles of a workbook (xl/styles.xml) show numbers as dates. */
final class CellStyles {

    static final String PART = "xl/styles.xml";

    private final List<Boolean> dateStyles;

    private CellStyles(List<Boolean> dateStyles) {
        this.dateStyles = dateStyles;
    }

    /** Whether the cell style with the index (a cell's {@code s} attribute) is a date format. */
    boolean isDate(int styleIndex) {
        return styleIndex >= 0 && styleIndex < dateStyles.size() && dateStyles.get(styleIndex);
    }

    /** @param part xl/styles.xml, or {@code null} when the workbook has none (then no cell is a date) */
    static CellStyles parse(byte[] part) throws XMLStreamException {
        List<Boolean> dateStyles = new ArrayList<>();
        if (part == null) {
            return new CellStyles(dateStyles);
        }
        Map<Integer, Boolean> customFormats = new HashMap<>();
        boolean inCellXfs = false;
        XMLStreamReader x = Xml.open(part);
        while (x.hasNext()) {
            x.next();
            if (Xml.isStart(x, "numFmt")) {
                Integer id = number(Xml.attribute(x, "numFmtId"));
                String code = Xml.attribute(x, "formatCode");
                if (id != null && code != null) {
                    customFormats.put(id, ExcelDates.isDateFormat(code));
                }
            } else if (Xml.isStart(x, "cellXfs")) {
                inCellXfs = true;
            } else if (Xml.isEnd(x, "cellXfs")) {
                inCellXfs = false;
            } else if (inCellXfs && Xml.isStart(x, "xf")) {
                Integer id = number(Xml.attribute(x, "numFmtId"));
                // a workbook may redefine a built-in id, so its own formats are asked first
                dateStyles.add(id != null && customFormats.getOrDefault(id, ExcelDates.isBuiltInDate(id)));
            }
        }
        return new CellStyles(dateStyles);
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
