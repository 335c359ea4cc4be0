package org.opora.core.impl.internal.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Excel keeps dates as numbers (days since an epoch) that only the cell's number format marks as dates; this class
 * knows both the formats and the epochs.
 */
final class ExcelDates {

    /** The form the row parsers and Russian users read dates in. */
    static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    /** The last day Excel can show, 31.12.9999. */
    private static final long MAX_SERIAL_1900 = 2_958_465;
    /** Excel counts 29.02.1900, a day that never was (a bug kept for Lotus 1-2-3), as day 60. */
    private static final long FICTIVE_LEAP_DAY = 60;

    private ExcelDates() {
    }

    /**
     * Whether a built-in number format id shows a date or a time: 14-22 and 45-47 in every locale (Russian Excel
     * shows id 14 as DD.MM.YYYY).
     */
    static boolean isBuiltInDate(int numFmtId) {
        return numFmtId >= 14 && numFmtId <= 22 || numFmtId >= 45 && numFmtId <= 47;
    }

    /**
     * Whether a custom format code shows a date: it has d, m or y outside quoted text, bracketed sections (colours,
     * locales such as [$-419], elapsed time) and escaped or padding characters.
     */
    static boolean isDateFormat(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                int close = code.indexOf('"', i + 1);
                i = close < 0 ? code.length() : close;
            } else if (c == '[') {
                int close = code.indexOf(']', i + 1);
                i = close < 0 ? code.length() : close;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else {
                char lower = Character.toLowerCase(c);
                if (lower == 'd' || lower == 'm' || lower == 'y') {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The day a serial number stands for; the time of day is dropped. {@code null} when the number is no day Excel
     * could show (negative, zero in the 1900 system, beyond 9999).
     */
    static LocalDate fromSerial(double serial, boolean date1904) {
        if (Double.isNaN(serial) || serial < 0 || serial > MAX_SERIAL_1900) {
            return null;
        }
        long days = (long) Math.floor(serial);
        if (date1904) {
            return LocalDate.of(1904, 1, 1).plusDays(days);
        }
        if (days < 1) {
            return null;
        }
        if (days < FICTIVE_LEAP_DAY) {
            return LocalDate.of(1899, 12, 31).plusDays(days);
        }
        if (days == FICTIVE_LEAP_DAY) {
            return LocalDate.of(1900, 2, 28);
        }
        return LocalDate.of(1899, 12, 30).plusDays(days);
    }
}
