package org.opora.core.impl.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.opora.core.impl.internal.exchange.ExchangeTestSupport.parts;
import static org.opora.core.impl.internal.exchange.ExchangeTestSupport.zip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** Workbooks assembled by hand, as Excel and LibreOffice write them, read by {@link TableReader}. */
class XlsxTableTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\"?><Types "
            + "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
    private static final String WORKBOOK_RELS = "<?xml version=\"1.0\"?><Relationships xmlns=\"" + PKG + "\">"
            + "<Relationship Id=\"rId3\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
            + "</Relationships>";
    private static final String SHARED = "<?xml version=\"1.0\"?><sst xmlns=\"" + MAIN + "\" count=\"4\">"
            + "<si><t>Фамилия</t></si>"
            + "<si><r><rPr><b/></rPr><t>Дата </t></r><r><t>рождения</t></r>"
            + "<rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si>"
            + "<si><t xml:space=\"preserve\"> Иванов </t></si>"
            + "<si><t>Примечание</t></si>"
            + "</sst>";
    /** Styles: 0 general, 1 built-in date (14), 2 custom date, 3 custom number with "m" in quotes, 4 two decimals. */
    private static final String STYLES = "<?xml version=\"1.0\"?><styleSheet xmlns=\"" + MAIN + "\">"
            + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"[$-419]DD/MM/YYYY;@\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"0&quot; m&quot;\"/></numFmts>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
            + "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"164\"><alignment/></xf><xf numFmtId=\"165\"/><xf numFmtId=\"2\"/></cellXfs>"
            + "</styleSheet>";

    private final TableReader reader = new TableReader();

    @Test
    void readsSharedInlineDateNumberAndSparseCells() {
        String sheet = sheet(
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                        + "<c r=\"C1\" t=\"inlineStr\"><is><t>Класс</t></is></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" s=\"1\"><v>42248</v></c>"
                        + "<c r=\"C2\" t=\"inlineStr\"><is><r><t>5</t></r><r><t>А</t></r></is></c>"
                        + "<c r=\"D2\" s=\"3\"><v>12.0</v></c></row>"
                        + "<row r=\"3\"><c r=\"B3\" s=\"2\"><v>42249.75</v></c><c r=\"D3\" s=\"4\"><v>1.5</v></c></row>"
                        + "<row r=\"5\"><c r=\"A5\" t=\"str\"><f>A2</f><v>формула</v></c>"
                        + "<c r=\"D5\" t=\"b\"><v>1</v></c></row>"
                        + "<row r=\"6\"><c r=\"A6\"><v>0.30000000000000004</v></c><c r=\"B6\" t=\"e\"><v>#N/A</v></c>"
                        + "<c r=\"C6\"><v>89211234567</v></c></row>");

        Table table = reader.read("x.xlsx", workbook("", sheet));

        assertEquals(List.of("Фамилия", "Дата рождения", "Класс", "Примечание"), table.header());
        assertEquals(List.of(
                List.of("Иванов", "01.09.2015", "5А", "12"),
                List.of("", "02.09.2015", "", "1.5"),
                List.of("", "", "", ""),
                List.of("формула", "", "", "TRUE"),
                List.of("0.3", "#N/A", "89211234567", "")), table.rows());
    }

    @Test
    void strictWorkbooksWriteDatesAsIsoText() {
        String sheet = sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Дата</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"d\"><v>2015-09-01T00:00:00</v></c></row>");

        assertEquals(List.of(List.of("01.09.2015")), reader.read("x.xlsx", workbook("", sheet)).rows());
    }

    @Test
    void aSparseRowKeepsItsCellsInTheirColumns() {
        String sheet = sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>A</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>B</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>C</t></is></c>"
                + "<c r=\"D1\" t=\"inlineStr\"><is><t>D</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"D2\"><v>4</v></c></row>"
                + "<row><c><v>5</v></c><c><v>6</v></c></row>");

        Table table = reader.read("x.xlsx", workbook("", sheet));

        assertEquals(List.of(List.of("1", "", "", "4"), List.of("5", "6", "", "")), table.rows());
    }

    @Test
    void datesOfA1904WorkbookCountFrom1904() {
        String sheet = sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Дата</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>40786</v></c></row>");

        Table table = reader.read("mac.xlsx", workbook("<workbookPr date1904=\"1\"/>", sheet));

        assertEquals(List.of(List.of("01.09.2015")), table.rows());
    }

    @Test
    void readsTheFirstSheetOfTheWorkbookWhereverItIs() {
        String workbook = "<?xml version=\"1.0\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>"
                + "<sheet name=\"Первый\" sheetId=\"7\" r:id=\"rId9\"/>"
                + "<sheet name=\"Второй\" sheetId=\"1\" r:id=\"rId1\"/>"
                + "</sheets></workbook>";
        String rels = "<Relationships xmlns=\"" + PKG + "\">"
                + "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId9\" Target=\"/xl/worksheets/Data.xml\"/></Relationships>";
        byte[] xlsx = zip(parts("[Content_Types].xml", CONTENT_TYPES, "xl/workbook.xml", workbook,
                "xl/_rels/workbook.xml.rels", rels,
                "xl/worksheets/sheet1.xml", sheet("<row><c t=\"inlineStr\"><is><t>второй</t></is></c></row>"),
                "xl/worksheets/data.xml", sheet("<row><c t=\"inlineStr\"><is><t>первый</t></is></c></row>"
                        + "<row><c t=\"inlineStr\"><is><t>данные</t></is></c></row>")));

        Table table = reader.read("x.xlsx", xlsx);

        assertEquals(List.of("первый"), table.header());
    }

    @Test
    void aWorkbookWithoutStylesAndSharedStringsIsRead() {
        byte[] xlsx = zip(parts("xl/workbook.xml", workbookXml(""),
                "xl/worksheets/sheet1.xml", sheet("<row><c t=\"inlineStr\"><is><t>A</t></is></c></row>"
                        + "<row><c><v>42248</v></c></row>")));

        assertEquals(List.of(List.of("42248")), reader.read("x.xlsx", xlsx).rows());
    }

    @Test
    void theExtensionDoesNotDecideTheFormat() {
        byte[] xlsx = new XlsxWriter().write("S", List.of("A"), List.of(List.of("1")));

        assertEquals(List.of(List.of("1")), reader.read("pupils.csv", xlsx).rows());
    }

    @Test
    void aTruncatedWorkbookIsCorrupt() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            rows.add(List.of("Фамилия " + i, Integer.toHexString(i * 7919)));
        }
        byte[] xlsx = new XlsxWriter().write("S", List.of("A", "B"), rows);

        assertKey("core.import.file.corrupt", Arrays.copyOf(xlsx, xlsx.length * 6 / 10));
        assertKey("core.import.file.corrupt", Arrays.copyOf(xlsx, 40));
    }

    @Test
    void aZipWithoutWorkbookIsRefused() {
        assertKey("core.import.file.noWorkbook", zip(parts("word/document.xml", "<document/>")));
        assertKey("core.import.file.noWorkbook", zip(parts("readme.txt", "hello")));
    }

    @Test
    void aWorkbookWithoutItsSheetIsCorrupt() {
        assertKey("core.import.file.corrupt", zip(parts("xl/workbook.xml", workbookXml(""))));
    }

    @Test
    void aDocumentTypeDeclarationIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&xxe;</t></is>"
                + "</c></row><row r=\"2\"><c t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>";

        assertKey("core.import.file.corrupt", workbook("", xxe));
    }

    @Test
    void anEntityBombInSharedStringsIsRefused() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<sst xmlns=\"" + MAIN + "\"><si><t>&b;</t></si></sst>";
        byte[] xlsx = zip(parts("xl/workbook.xml", workbookXml(""), "xl/sharedStrings.xml", bomb,
                "xl/worksheets/sheet1.xml", sheet("<row><c t=\"s\"><v>0</v></c></row><row><c><v>1</v></c></row>")));

        assertKey("core.import.file.corrupt", xlsx);
    }

    @Test
    void aSharedStringOutOfRangeIsCorrupt() {
        String sheet = sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c></row><row><c><v>1</v></c></row>");

        assertKey("core.import.file.corrupt", workbook("", sheet));
    }

    @Test
    void tooManyRowsAreRefusedButEmptyRowsFarBelowAreNot() {
        StringBuilder rows = new StringBuilder("<row r=\"1\"><c t=\"inlineStr\"><is><t>A</t></is></c></row>");
        for (int r = 2; r <= 12; r++) {
            rows.append("<row r=\"").append(r).append("\"><c><v>").append(r).append("</v></c></row>");
        }
        String tooMany = sheet(rows.toString());
        String formattedBelow = sheet("<row r=\"1\"><c t=\"inlineStr\"><is><t>A</t></is></c></row>"
                + "<row r=\"2\"><c><v>1</v></c></row><row r=\"1048576\"><c r=\"A1048576\" s=\"1\"/></row>");

        TableFormatException e = assertThrows(TableFormatException.class,
                () -> new TableReader(10).read("x.xlsx", workbook("", tooMany)));
        assertEquals("core.import.file.tooManyRows", e.messageKey());
        assertEquals(1, new TableReader(10).read("x.xlsx", workbook("", formattedBelow)).rows().size());
    }

    @Test
    void aZipBombIsStoppedAtTheCap() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write(workbookXml("").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written <= XlsxReader.MAX_PART; written += spaces.length) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        byte[] bomb = bytes.toByteArray();
        assertFalse(bomb.length > 1024 * 1024, "the bomb is small: " + bomb.length);

        TableFormatException e = assertThrows(TableFormatException.class, () -> reader.read("x.xlsx", bomb));

        assertEquals("core.import.file.tooLarge", e.messageKey());
        assertArrayEquals(new Object[] {"50"}, e.params());
    }

    @Test
    void anEmptySheetIsAnEmptyFile() {
        assertKey("core.import.file.empty", workbook("", sheet("")));
        assertKey("core.import.file.noRows",
                workbook("", sheet("<row r=\"1\"><c t=\"inlineStr\"><is><t>A</t></is></c></row>")));
    }

    private void assertKey(String key, byte[] content) {
        TableFormatException e = assertThrows(TableFormatException.class, () -> reader.read("x.xlsx", content));
        assertEquals(key, e.messageKey());
        ExchangeTestSupport.assertMessage(key);
    }

    private static byte[] workbook(String workbookPr, String sheet) {
        Map<String, String> parts = parts("[Content_Types].xml", CONTENT_TYPES,
                "xl/workbook.xml", workbookXml(workbookPr),
                "xl/_rels/workbook.xml.rels", WORKBOOK_RELS,
                "xl/styles.xml", STYLES,
                "xl/sharedStrings.xml", SHARED,
                "xl/worksheets/sheet1.xml", sheet);
        return zip(parts);
    }

    private static String workbookXml(String workbookPr) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
                + workbookPr + "<sheets><sheet name=\"Лист1\" sheetId=\"1\" r:id=\"rId1\"/>"
                + "<sheet name=\"Лист2\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>";
    }

    private static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows
                + "</sheetData></worksheet>";
    }
}
