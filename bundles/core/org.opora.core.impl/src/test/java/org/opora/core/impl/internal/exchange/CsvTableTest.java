package org.opora.core.impl.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.core.impl.internal.exchange.ExchangeTestSupport.utf8;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.opora.core.api.exchange.ImportIssue;

/** CSV files as Excel and people write them, read by {@link TableReader}. */
class CsvTableTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final String PUPILS =
            "Фамилия;Имя;Дата рождения\r\nИванов;Иван;01.09.2015\r\nПетрова;Анна;2.3.2016\r\n";

    private final TableReader reader = new TableReader();

    @Test
    void readsUtf8WithByteOrderMarkAndSemicolons() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = utf8(PUPILS);
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(text, 0, content, bom.length, text.length);

        Table table = reader.read("ученики.csv", content);

        assertEquals(List.of("Фамилия", "Имя", "Дата рождения"), table.header());
        assertEquals(List.of(List.of("Иванов", "Иван", "01.09.2015"), List.of("Петрова", "Анна", "2.3.2016")),
                table.rows());
        assertTrue(table.issues().isEmpty());
    }

    @Test
    void readsUtf8WithoutByteOrderMarkAndCommas() {
        Table table = reader.read("pupils.csv", utf8("Фамилия,Имя\nЁлкина,Мария\n"));

        assertEquals(List.of("Фамилия", "Имя"), table.header());
        assertEquals(List.of(List.of("Ёлкина", "Мария")), table.rows());
    }

    @Test
    void readsWindows1251() {
        Table table = reader.read("pupils.csv", PUPILS.getBytes(WINDOWS_1251));

        assertEquals("Дата рождения", table.header().get(2));
        assertEquals(List.of("Петрова", "Анна", "2.3.2016"), table.rows().get(1));
    }

    @Test
    void readsWindows1251WithCommas() {
        Table table = reader.read("staff.csv", "Фамилия,Должность\nЩукина,Учитель-логопед".getBytes(WINDOWS_1251));

        assertEquals(List.of(List.of("Щукина", "Учитель-логопед")), table.rows());
    }

    @Test
    void quotedCellsKeepSeparatorsQuotesAndLineBreaks() {
        String csv = "Имя;Адрес;Заметка\r\n"
                + "\"Иванов; Иван\";\"ул. \"\"Лесная\"\", 5\";\"первая строка\r\nвторая строка\"\r\n"
                + "Петров;ООО \"Ромашка\";\"\"\r\n";

        Table table = reader.read("x.csv", utf8(csv));

        assertEquals(List.of("Иванов; Иван", "ул. \"Лесная\", 5", "первая строка\nвторая строка"), table.rows().get(0));
        assertEquals(List.of("Петров", "ООО \"Ромашка\"", ""), table.rows().get(1));
    }

    @Test
    void aQuotedLineBreakDoesNotChangeRowNumbers() {
        String csv = "A;B\n\"1\n2\";x\ny;z;extra\n";

        Table table = reader.read("x.csv", utf8(csv));

        assertEquals(List.of(ImportIssue.of(3, "", "core.import.error.extraCells")), table.issues());
    }

    @Test
    void oldMacLineBreaksAreLineBreaks() {
        Table table = reader.read("x.csv", utf8("A;B\r1;2\r3;4"));

        assertEquals(List.of(List.of("1", "2"), List.of("3", "4")), table.rows());
    }

    @Test
    void separatorIsCountedOutsideQuotesAndATieMeansSemicolon() {
        assertEquals(',', CsvReader.separator("\"a;b;c\",d,e\n1;2;3"));
        assertEquals(';', CsvReader.separator("a,b;c;d\n"));
        assertEquals(';', CsvReader.separator("a,b;c\n"));
        assertEquals(';', CsvReader.separator("single\n"));
    }

    @Test
    void textAfterAClosingQuoteStaysInTheCellAsInExcel() {
        Table table = reader.read("x.csv", utf8("A;B\n\"Иванов\" Иван;\"5\"А\n"));

        assertEquals(List.of(List.of("Иванов Иван", "5А")), table.rows());
    }

    @Test
    void aLoneCarriageReturnInsideQuotesIsKept() {
        Table table = reader.read("x.csv", utf8("A;B\r\n\"1\r2\";3\r\n"));

        assertEquals(List.of(List.of("1\r2", "3")), table.rows());
    }

    @Test
    void cellsAreStrippedRowsPaddedAndTrailingEmptyRowsDropped() {
        String csv = " Фамилия ;Имя\u00A0;Класс\n Иванов ;\u00A0Иван\n\n;;\nПетров;Пётр;5А\n;;\n\n\n";

        Table table = reader.read("x.csv", utf8(csv));

        assertEquals(List.of("Фамилия", "Имя", "Класс"), table.header());
        assertEquals(List.of(List.of("Иванов", "Иван", ""), List.of("", "", ""), List.of("", "", ""),
                List.of("Петров", "Пётр", "5А")), table.rows());
        assertEquals(5, Table.rowNumber(table.rows().size() - 1));
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsAnIssueOfThatRowOnly() {
        String csv = "A;B\n1;2\n3;4;5\n6;7;\n8;9";

        Table table = reader.read("x.csv", utf8(csv));

        assertEquals(List.of(ImportIssue.of(3, "", "core.import.error.extraCells")), table.issues());
        assertEquals(List.of(List.of("1", "2"), List.of("3", "4"), List.of("6", "7"), List.of("8", "9")),
                table.rows());
    }

    @Test
    void anUnterminatedQuoteIsAFileErrorNamingItsRow() {
        String csv = "A;B\n1;2\n3;\"4\n5;6\n";

        TableFormatException e = assertThrows(TableFormatException.class, () -> reader.read("x.csv", utf8(csv)));

        assertEquals("core.import.file.unterminatedQuote", e.messageKey());
        ExchangeTestSupport.assertMessage(e.messageKey());
        assertArrayEquals(new Object[] {"3"}, e.params());
    }

    @Test
    void anUnterminatedQuoteInTheHeaderOrTheLastLineNamesThatRow() {
        TableFormatException header = assertThrows(TableFormatException.class,
                () -> reader.read("x.csv", utf8("\"A;B\n1;2\n")));
        TableFormatException last = assertThrows(TableFormatException.class,
                () -> reader.read("x.csv", utf8("A;B\n1;2\n3;\"4")));

        assertArrayEquals(new Object[] {"1"}, header.params());
        assertArrayEquals(new Object[] {"3"}, last.params());
    }

    @Test
    void readingStopsAtTheRowCapBeforeTheRestOfTheFile() {
        StringBuilder csv = new StringBuilder("A\n");
        for (int i = 0; i < 11; i++) {
            csv.append(i).append('\n');
        }
        csv.append("\"never closed\n");

        TableFormatException e = assertThrows(TableFormatException.class,
                () -> new TableReader(10).read("x.csv", utf8(csv.toString())));

        assertEquals("core.import.file.tooManyRows", e.messageKey());
    }

    @Test
    void emptyFilesAreRefused() {
        assertKey("core.import.file.empty", new byte[0]);
        assertKey("core.import.file.empty", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertKey("core.import.file.empty", utf8(" \r\n\r\n;;\n"));
    }

    @Test
    void aHeaderWithoutRowsIsRefused() {
        assertKey("core.import.file.noRows", utf8("Фамилия;Имя\r\n"));
        assertKey("core.import.file.noRows", utf8("Фамилия;Имя\r\n;\r\n\r\n"));
    }

    @Test
    void anEmptyFirstRowIsRefused() {
        assertKey("core.import.file.noHeader", utf8("\nФамилия;Имя\nИванов;Иван\n"));
    }

    @Test
    void randomBytesAreNotATable() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        noise[0] = 'x';

        assertKey("core.import.file.notTable", noise);
    }

    @Test
    void anOldExcelFileIsRecognised() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        assertKey("core.import.file.oldExcel", ole);
    }

    @Test
    void theRowCapIsChecked() {
        StringBuilder csv = new StringBuilder("A\n");
        for (int i = 0; i < 11; i++) {
            csv.append(i).append('\n');
        }

        TableFormatException e = assertThrows(TableFormatException.class,
                () -> new TableReader(10).read("x.csv", utf8(csv.toString())));

        assertEquals("core.import.file.tooManyRows", e.messageKey());
        assertArrayEquals(new Object[] {"10"}, e.params());
        byte[] tenRowsAndEmptyLines = utf8("A\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n\n\n");
        assertEquals(10, new TableReader(10).read("x.csv", tenRowsAndEmptyLines).rows().size());
    }

    @Test
    void aHeaderWiderThanTheCapIsRefused() {
        String header = "c;".repeat(TableBuilder.MAX_COLUMNS) + "c\n1\n";

        assertKey("core.import.file.tooManyColumns", utf8(header));
    }

    private void assertKey(String key, byte[] content) {
        TableFormatException e = assertThrows(TableFormatException.class, () -> reader.read("file", content));
        assertEquals(key, e.messageKey());
        ExchangeTestSupport.assertMessage(key);
    }
}
