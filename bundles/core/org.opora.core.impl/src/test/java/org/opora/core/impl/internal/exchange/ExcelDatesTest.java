package org.opora.core.impl.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Excel's serial dates and date formats. */
class ExcelDatesTest {

    @Test
    void serialsOfThe1900SystemKeepExcelsLeapYearBug() {
        assertEquals(LocalDate.of(1900, 1, 1), ExcelDates.fromSerial(1, false));
        assertEquals(LocalDate.of(1900, 2, 28), ExcelDates.fromSerial(59, false));
        assertEquals(LocalDate.of(1900, 3, 1), ExcelDates.fromSerial(61, false));
        assertEquals(LocalDate.of(2015, 9, 1), ExcelDates.fromSerial(42248, false));
        assertEquals(LocalDate.of(2015, 9, 1), ExcelDates.fromSerial(42248.99, false));
        assertNull(ExcelDates.fromSerial(0, false));
        assertNull(ExcelDates.fromSerial(-1, false));
        assertNull(ExcelDates.fromSerial(3_000_000, false));
    }

    @Test
    void serialsOfThe1904SystemCountFromItsFirstDay() {
        assertEquals(LocalDate.of(1904, 1, 1), ExcelDates.fromSerial(0, true));
        assertEquals(LocalDate.of(2015, 9, 1), ExcelDates.fromSerial(42248 - 1462, true));
    }

    @Test
    void dateFormatsAreToldFromNumberFormats() {
        assertTrue(ExcelDates.isBuiltInDate(14));
        assertTrue(ExcelDates.isBuiltInDate(22));
        assertTrue(ExcelDates.isBuiltInDate(46));
        assertFalse(ExcelDates.isBuiltInDate(0));
        assertFalse(ExcelDates.isBuiltInDate(49));
        assertTrue(ExcelDates.isDateFormat("dd.mm.yyyy"));
        assertTrue(ExcelDates.isDateFormat("[$-419]D MMMM YYYY"));
        assertTrue(ExcelDates.isDateFormat("yyyy\\-mm\\-dd"));
        assertFalse(ExcelDates.isDateFormat("General"));
        assertFalse(ExcelDates.isDateFormat("0\" m\""));
        assertFalse(ExcelDates.isDateFormat("[Red]#,##0.00"));
        assertFalse(ExcelDates.isDateFormat("#,##0\\ \\d"));
        assertFalse(ExcelDates.isDateFormat("0_m"));
    }

    @Test
    void cellReferencesAndColumnLettersMatch() {
        assertEquals(0, CellRef.column("A1"));
        assertEquals(2, CellRef.column("C7"));
        assertEquals(26, CellRef.column("AA10"));
        assertEquals(16_383, CellRef.column("XFD1"));
        assertEquals(-1, CellRef.column("XFE1"));
        assertEquals(-1, CellRef.column("17"));
        assertEquals("A", CellRef.letters(0));
        assertEquals("Z", CellRef.letters(25));
        assertEquals("AA", CellRef.letters(26));
        assertEquals("XFD", CellRef.letters(16_383));
        assertEquals("D12", CellRef.of(3, 12));
    }
}
