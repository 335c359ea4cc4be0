package org.opora.programmes.impl.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opora.platform.testing.TypedConfig;

class MaxWeeklyHoursTest {

    private final List<String> skipped = new ArrayList<>();

    private Map<Integer, Integer> parse(String... entries) {
        return MaxWeeklyHours.parse(entries, (entry, reason) -> skipped.add(entry));
    }

    @Test
    void theDefaultsAreTheSanPinFiveDayWeek() {
        Map<Integer, Integer> hours = parse(TypedConfig.defaults(RulesConfig.class).maxWeeklyHours());
        assertEquals(List.of(21, 23, 23, 23, 29, 30, 32, 33, 33, 34, 34), List.copyOf(hours.values()));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), List.copyOf(hours.keySet()));
        assertTrue(skipped.isEmpty());
    }

    @Test
    void spacesAreAllowed() {
        assertEquals(Map.of(5, 29, 10, 34), parse(" 5 = 29", "10=34 "));
    }

    @Test
    void aMalformedEntryIsSkippedWithoutLiftingTheOthers() {
        assertEquals(Map.of(1, 21, 2, 23), parse("1=21", "x=5", "12=30", "3=", "4=abc", "5", "6=0", "2=23", "", null));
        assertEquals(List.of("x=5", "12=30", "3=", "4=abc", "5", "6=0"), skipped);
    }

    @Test
    void aRepeatedGradeKeepsItsFirstEntry() {
        assertEquals(Map.of(5, 29), parse("5=29", "5=40"));
        assertTrue(MaxWeeklyHours.parse(null, (e, r) -> skipped.add(e)).isEmpty());
    }
}
