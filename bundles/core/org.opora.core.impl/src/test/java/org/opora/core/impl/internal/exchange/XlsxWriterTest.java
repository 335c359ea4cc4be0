package org.opora.core.impl.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;

/** Workbooks written by {@link XlsxWriter}: valid parts, and read back the same by {@link TableReader}. */
class XlsxWriterTest {

    private static final List<String> HEADER = List.of("Фамилия", "Имя", "Отчество", "Дата рождения", "Класс");

    private final XlsxWriter writer = new XlsxWriter();
    private final TableReader reader = new TableReader();

    @Test
    void cyrillicTextComesBackAsWritten() {
        List<List<String>> rows = List.of(
                List.of("Ёлкина", "Мария", "Сергеевна", "01.09.2015", "4Б"),
                List.of("Щукин", "Пётр", "", "12.12.2014", "5А"));

        Table table = reader.read("export.xlsx", writer.write("Ученики", HEADER, rows));

        assertEquals(HEADER, table.header());
        assertEquals(rows, table.rows());
    }

    @Test
    void markupCharactersLineBreaksAndSpacesSurvive() {
        List<String> header = List.of("Текст", "Ещё");
        List<List<String>> rows = List.of(
                List.of("<b>&amp;\"кавычки\" 'апостроф'</b>", "первая\nвторая"),
                List.of("a  b", "x"));

        Table table = reader.read("x.xlsx", writer.write("Лист", header, rows));

        assertEquals(rows, table.rows());
    }

    @Test
    void charactersXmlCannotCarryAreDropped() {
        List<List<String>> rows = List.of(List.of("a\u0001b\u0000c\uFFFEd\uD800e", "\uD83D\uDE00"));

        Table table = reader.read("x.xlsx", writer.write("S", List.of("A", "B"), rows));

        assertEquals(List.of("abcde", "\uD83D\uDE00"), table.rows().get(0));
    }

    @Test
    void nullCellsAndShortRowsAreEmpty() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(Arrays.asList("1", null, "3"));
        rows.add(List.of("4"));

        Table table = reader.read("x.xlsx", writer.write("S", List.of("A", "B", "C"), rows));

        assertEquals(List.of(List.of("1", "", "3"), List.of("4", "", "")), table.rows());
    }

    @Test
    void theWorkbookHasTheStandardPartsAllWellFormed() throws Exception {
        Map<String, String> parts = unzip(writer.write("Ученики", HEADER, List.of(List.of("Иванов", "Иван"))));

        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml", "xl/worksheets/sheet1.xml"), new ArrayList<>(parts.keySet()));
        for (Map.Entry<String, String> part : parts.entrySet()) {
            assertWellFormed(part.getKey(), part.getValue());
        }
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains(
                "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"));
        assertTrue(sheet.contains("<autoFilter ref=\"A1:E2\"/>"));
        assertTrue(sheet.indexOf("<cols>") < sheet.indexOf("<sheetData>"), "schema order");
        assertTrue(sheet.contains("<c r=\"A1\" t=\"inlineStr\" s=\"1\">"), "bold header");
        assertTrue(parts.get("xl/workbook.xml").contains("'Ученики'!$A$1:$E$2"));
        assertTrue(parts.get("xl/styles.xml").contains("<b/>"));
    }

    @Test
    void columnsAreAsWideAsTheirContentWithinLimits() throws Exception {
        String longName = "Очень длинное название образовательной организации ".repeat(3);
        List<List<String>> rows = List.of(List.of("x", longName));

        String sheet = unzip(writer.write("S", List.of("A", "B"), rows)).get("xl/worksheets/sheet1.xml");

        assertTrue(sheet.contains("<col min=\"1\" max=\"1\" width=\"8\" customWidth=\"1\"/>"), sheet);
        assertTrue(sheet.contains("<col min=\"2\" max=\"2\" width=\"60\" customWidth=\"1\"/>"), sheet);
    }

    @Test
    void sheetNamesAreMadeAcceptableToExcel() {
        assertEquals("Ученики 5_А_ 2025", XlsxWriter.sheetName("Ученики 5[А] 2025"));
        assertEquals("Sheet1", XlsxWriter.sheetName("  "));
        assertEquals("Sheet1", XlsxWriter.sheetName(null));
        assertEquals("a_b_c", XlsxWriter.sheetName("'a/b?c'"));
        assertEquals(31, XlsxWriter.sheetName("x".repeat(40)).length());
    }

    @Test
    void anEmptyHeaderIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> writer.write("S", List.of(), List.of()));
    }

    private static Map<String, String> unzip(byte[] xlsx) throws IOException {
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private static void assertWellFormed(String name, String xml) throws XMLStreamException {
        XMLStreamReader reader = Xml.open(xml.getBytes(StandardCharsets.UTF_8));
        Map<String, Integer> elements = new HashMap<>();
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamReader.START_ELEMENT) {
                elements.merge(reader.getLocalName(), 1, Integer::sum);
            }
        }
        assertTrue(!elements.isEmpty(), name);
    }
}
