package org.opora.core.impl.internal.exchange;

import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the reader needs from xl/workbook.xml and its relationships: where the first sheet is and which date system
 * the workbook uses.
 *
 * @param sheetPath the first sheet's part name, lower case, e.g. {@code xl/worksheets/sheet1.xml}
 * @param date1904  whether serial dates count from 1904 (old Mac workbooks)
 */
record XlsxWorkbook(String sheetPath, boolean date1904) {

    static final String WORKBOOK = "xl/workbook.xml";
    static final String RELATIONSHIPS = "xl/_rels/workbook.xml.rels";
    /** Where Excel and LibreOffice put the first sheet; used when the relationships do not say. */
    private static final String USUAL_SHEET = "xl/worksheets/sheet1.xml";

    /**
     * @param workbook      xl/workbook.xml
     * @param relationships xl/_rels/workbook.xml.rels, or {@code null} when the archive has none
     */
    static XlsxWorkbook parse(byte[] workbook, byte[] relationships) throws XMLStreamException {
        boolean date1904 = false;
        String sheetId = null;
        XMLStreamReader x = Xml.open(workbook);
        while (x.hasNext() && sheetId == null) {
            x.next();
            if (Xml.isStart(x, "workbookPr")) {
                String value = Xml.attribute(x, "date1904");
                date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
            } else if (Xml.isStart(x, "sheet")) {
                sheetId = Xml.attribute(x, "id");
                if (sheetId == null) {
                    throw new TableFormatException("core.import.file.corrupt");
                }
            }
        }
        if (sheetId == null) {
            throw new TableFormatException("core.import.file.noWorkbook");
        }
        String target = relationships == null ? null : target(relationships, sheetId);
        return new XlsxWorkbook(target == null ? USUAL_SHEET : ZipEntries.normalize(resolve(target)), date1904);
    }

    private static String target(byte[] relationships, String id) throws XMLStreamException {
        XMLStreamReader x = Xml.open(relationships);
        while (x.hasNext()) {
            x.next();
            if (Xml.isStart(x, "Relationship") && id.equals(x.getAttributeValue(null, "Id"))) {
                if ("External".equalsIgnoreCase(x.getAttributeValue(null, "TargetMode"))) {
                    // a sheet outside the archive would be a fetch from the server; no real workbook has one
                    throw new TableFormatException("core.import.file.corrupt");
                }
                return x.getAttributeValue(null, "Target");
            }
        }
        return null;
    }

    /** A relationship target relative to xl/ (or absolute from the archive root) as a part name. */
    static String resolve(String target) {
        String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }
}
