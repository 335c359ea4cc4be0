package org.opora.programmes.impl.internal.config;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Reads the setting {@code maxWeeklyHours}: one entry a line, {@code grade=hours} (e.g. {@code 5=29}), grades 1–11
 * and hours 1–60. A malformed entry is handed to {@code malformed} (entry, reason) and skipped, so one bad line
 * does not lift the limit of every grade; a repeated grade keeps its first entry.
 */
public final class MaxWeeklyHours {

    private static final int MAX_GRADE = 11;
    private static final int MAX_HOURS = 60;

    private MaxWeeklyHours() {
    }

    /** The maximum weekly hours by grade, in grade order. */
    public static Map<Integer, Integer> parse(String[] entries, BiConsumer<String, String> malformed) {
        Map<Integer, Integer> result = new TreeMap<>();
        for (String entry : entries == null ? new String[0] : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq < 0) {
                malformed.accept(entry, "expected grade=hours");
                continue;
            }
            Integer grade = number(entry.substring(0, eq), 1, MAX_GRADE);
            Integer hours = number(entry.substring(eq + 1), 1, MAX_HOURS);
            if (grade == null) {
                malformed.accept(entry, "the grade must be a number from 1 to " + MAX_GRADE);
            } else if (hours == null) {
                malformed.accept(entry, "the hours must be a number from 1 to " + MAX_HOURS);
            } else {
                result.putIfAbsent(grade, hours);
            }
        }
        return Collections.unmodifiableMap(result);
    }

    private static Integer number(String text, int min, int max) {
        try {
            int n = Integer.parseInt(text.strip());
            return n < min || n > max ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
