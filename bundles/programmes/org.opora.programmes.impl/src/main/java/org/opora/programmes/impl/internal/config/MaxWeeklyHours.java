package org.opora.programmes.impl.internal.config;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import org.opora.platform.api.settings.SettingProblem;

/**
 * Reads the setting {@code maxWeeklyHours}: one entry a line, {@code grade=hours} (e.g. {@code 5=29}), grades 1–11
 * and hours 1–60. A malformed entry is handed to {@code malformed} (entry, reason) and skipped, so one bad line
 * read from a hand-edited file does not lift the limit of every grade; a repeated grade keeps its first entry and is
 * reported too. The settings form refuses any reported line before it is stored ({@link ProgrammeSettingsCheck}).
 */
public final class MaxWeeklyHours {

    private static final int MAX_GRADE = 11;
    private static final int MAX_HOURS = 60;

    private MaxWeeklyHours() {
    }

    /** The maximum weekly hours by grade, in grade order. */
    public static Map<Integer, Integer> parse(String[] entries, BiConsumer<String, SettingProblem> malformed) {
        Map<Integer, Integer> result = new TreeMap<>();
        for (String entry : entries == null ? new String[0] : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq < 0) {
                malformed.accept(entry, SettingProblem.of(entry, "programmes.settings.maxWeeklyHours.format"));
                continue;
            }
            Integer grade = number(entry.substring(0, eq), 1, MAX_GRADE);
            Integer hours = number(entry.substring(eq + 1), 1, MAX_HOURS);
            if (grade == null) {
                malformed.accept(entry, SettingProblem.of(entry, "programmes.settings.maxWeeklyHours.grade", MAX_GRADE));
            } else if (hours == null) {
                malformed.accept(entry, SettingProblem.of(entry, "programmes.settings.maxWeeklyHours.hours", MAX_HOURS));
            } else if (result.putIfAbsent(grade, hours) != null) {
                malformed.accept(entry, SettingProblem.of(entry, "programmes.settings.maxWeeklyHours.repeated", grade));
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
