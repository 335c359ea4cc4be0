package org.opora.programmes.impl.internal.duty;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Days in duty texts, {@code dd.MM.yyyy} as everywhere in the school's papers. */
final class PrintDate {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private PrintDate() {
    }

    static String of(LocalDate day) {
        return day == null ? "" : FORMAT.format(day);
    }
}
