package org.opora.programmes.impl.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.testing.TypedConfig;

/** The programmes' list settings refused line by line before the settings form stores them. */
class ProgrammeSettingsCheckTest {

    private final ProgrammeSettingsCheck check = new ProgrammeSettingsCheck(
            new ProgrammeLists(TypedConfig.of(ListsConfig.class, Map.of())));

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "5=-3   | programmes.settings.maxWeeklyHours.hours    | 60",
        "5=61   | programmes.settings.maxWeeklyHours.hours    | 60",
        "5=abc  | programmes.settings.maxWeeklyHours.hours    | 60",
        "12=30  | programmes.settings.maxWeeklyHours.grade    | 11",
        "0=30   | programmes.settings.maxWeeklyHours.grade    | 11",
        "5:29   | programmes.settings.maxWeeklyHours.format   | ",
        "<b>    | programmes.settings.maxWeeklyHours.format   | ",
        "1=30   | programmes.settings.maxWeeklyHours.repeated | 1"})
    void aBadWeeklyHoursLineIsRefusedWithTheLineAndTheReason(String line, String key, String param) {
        SettingProblem p = check.check("maxWeeklyHours", List.of("1=21", "2=23", line)).orElseThrow();
        assertEquals(line, p.value());
        assertEquals(key, p.reasonKey());
        assertEquals(param == null ? List.of() : List.of(param), p.params().stream().map(String::valueOf).toList());
    }

    @Test
    void riskCategoriesAreCodesOfTheConfiguredList() {
        SettingProblem unknown = check.check("highRiskCategories", List.of("high-suicide-risk", "horoscope"))
                .orElseThrow();
        assertEquals("horoscope", unknown.value());
        assertEquals("programmes.settings.unknownRiskCategory", unknown.reasonKey());
        assertEquals("programmes.settings.unknownRiskCategory", check.check("especiallyDifficultCategories",
                List.of("<script>")).orElseThrow().reasonKey());
        assertEquals("programmes.settings.repeated", check.check("highRiskCategories",
                List.of("high-suicide-risk", "HIGH-SUICIDE-RISK")).orElseThrow().reasonKey());
    }

    @Test
    void theDefaultsPass() {
        RulesConfig defaults = TypedConfig.defaults(RulesConfig.class);
        assertTrue(check.check("maxWeeklyHours", Arrays.asList(defaults.maxWeeklyHours())).isEmpty());
        assertTrue(check.check("highRiskCategories", Arrays.asList(defaults.highRiskCategories())).isEmpty());
        assertTrue(check.check("especiallyDifficultCategories",
                Arrays.asList(defaults.especiallyDifficultCategories())).isEmpty());
        assertTrue(check.check("minMonths", List.of("6")).isEmpty());
    }
}
