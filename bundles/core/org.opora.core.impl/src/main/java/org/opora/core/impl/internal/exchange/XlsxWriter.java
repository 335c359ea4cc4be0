package org.opora.core.impl.internal.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a table as an XLSX workbook of one sheet, the smallest set of parts that Excel and LibreOffice open without
 * complaint: content types, package and workbook relationships, workbook, styles and the sheet.
 */
public final class XlsxWriter {

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOCUMENT_RELATIONSHIPS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String DEFAULT_SHEET_NAME = "Sheet1";
    private static final int MAX_SHEET_NAME = 31;

    private static final String CONTENT_TYPES = XML_DECLARATION
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "</Types>";

    private static final String PACKAGE_RELATIONSHIPS = XML_DECLARATION
            + "<Relationships xmlns=\"" + RELATIONSHIPS_NS + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + DOCUMENT_RELATIONSHIPS + "/officeDocument\""
            + " Target=\"xl/workbook.xml\"/>"
            + "</Relationships>";

    private static final String WORKBOOK_RELATIONSHIPS = XML_DECLARATION
            + "<Relationships xmlns=\"" + RELATIONSHIPS_NS + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + DOCUMENT_RELATIONSHIPS + "/worksheet\""
            + " Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + DOCUMENT_RELATIONSHIPS + "/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>";

    /** Style 0 plain, 1 ({@link SheetXml#HEADER_STYLE}) bold, 2 ({@link SheetXml#WRAP_STYLE}) wrapped text. */
    private static final String STYLES = XML_DECLARATION
            + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<fonts count=\"2\">"
            + "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "</fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"3\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
            + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";

    /**
     * Writes a workbook.
     *
     * @param sheetName the sheet's name; characters Excel forbids in sheet names are replaced, and it is cut to 31
     * @param header    the column names, written in bold in the frozen first row
     * @param rows      the rows below; {@code null} cells are empty, rows may be shorter than the header
     * @return the XLSX file
     * @throws IllegalArgumentException for an empty header or more rows or columns than a sheet holds
     */
    public byte[] write(String sheetName, List<String> header, List<List<String>> rows) {
        SheetXml sheet = new SheetXml(header, rows);
        String name = sheetName(sheetName);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8);
                Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8)) {
            part(zip, out, "[Content_Types].xml", CONTENT_TYPES);
            part(zip, out, "_rels/.rels", PACKAGE_RELATIONSHIPS);
            part(zip, out, "xl/workbook.xml", workbook(name, sheet));
            part(zip, out, "xl/_rels/workbook.xml.rels", WORKBOOK_RELATIONSHIPS);
            part(zip, out, "xl/styles.xml", STYLES);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            sheet.write(out);
            out.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    private static void part(ZipOutputStream zip, Writer out, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.flush();
        zip.closeEntry();
    }

    /** The workbook, with the hidden name Excel itself keeps for the range of an auto-filter. */
    private static String workbook(String sheetName, SheetXml sheet) {
        String escaped = XmlText.escape(sheetName);
        return XML_DECLARATION
                + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + DOCUMENT_RELATIONSHIPS + "\">"
                + "<bookViews><workbookView activeTab=\"0\"/></bookViews>"
                + "<sheets><sheet name=\"" + escaped + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                + "<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'"
                + escaped.replace("'", "''") + "'!" + sheet.absoluteRange() + "</definedName></definedNames>"
                + "</workbook>";
    }

    /** A name Excel accepts: no []:*?/\, not blank, no apostrophe at either end, at most 31 characters. */
    static String sheetName(String requested) {
        String name = requested == null ? ""
                : requested.replaceAll("[\\[\\]:*?/\\\\]", "_").replaceAll("\\p{Cntrl}", "");
        if (name.length() > MAX_SHEET_NAME) {
            name = name.substring(0, MAX_SHEET_NAME);
        }
        name = name.strip().replaceAll("^'+|'+$", "").strip();
        return name.isEmpty() ? DEFAULT_SHEET_NAME : name;
    }
}
