package org.opora.programmes.impl.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.platform.api.approval.ApprovalChain;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.testing.FakeApprovalRoles;
import org.opora.platform.testing.TypedConfig;

/** The programmes' list settings refused line by line before the settings form stores them. */
class ProgrammeSettingsCheckTest {

    private final ProgrammeSettingsCheck check = new ProgrammeSettingsCheck(
            new ProgrammeLists(TypedConfig.of(ListsConfig.class, Map.of())), new FakeApprovalRoles());

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
        assertTrue(check.check("programmeApprovalChain", Arrays.asList(defaults.programmeApprovalChain())).isEmpty());
        assertTrue(check.check("planApprovalChain", Arrays.asList(defaults.planApprovalChain())).isEmpty());
    }

    @Test
    void anApprovalChainNamesExistingRolesOnceWithOneApprovalLast() {
        assertTrue(check.check("programmeApprovalChain", List.of("agree: director", "approve: deputy")).isEmpty());
        SettingProblem typo = check.check("programmeApprovalChain", List.of("agree: deptuy", "approve: director"))
                .orElseThrow();
        assertEquals(List.of("agree: deptuy", ApprovalChain.UNKNOWN_ROLE, List.of("deptuy")),
                List.of(typo.value(), typo.reasonKey(), typo.params()));
        assertEquals(ApprovalChain.NO_APPROVE, check.check("planApprovalChain", List.of("agree: deputy"))
                .orElseThrow().reasonKey());
        assertEquals(ApprovalChain.REPEATED_ROLE, check.check("planApprovalChain",
                List.of("agree: director", "approve: director")).orElseThrow().reasonKey());
        assertEquals(ApprovalChain.MALFORMED, check.check("programmeApprovalChain", List.of("director"))
                .orElseThrow().reasonKey());
    }
}
