package org.opora.programmes.impl.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.platform.api.approval.ApprovalChain;
import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.platform.api.settings.CodeUse;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.testing.FakeApprovalRoles;
import org.opora.platform.testing.TypedConfig;

/** The programmes' list settings refused line by line before the settings form stores them. */
class ProgrammeSettingsCheckTest {

    /** The core's pupil statuses: only the four of 001 §6.1 and a school's own. */
    private static final ReferenceLists CORE = (list, locale) -> list == ReferenceList.PUPIL_FLAGS ? Stream.of("ovz",
            "disabled", "gifted", "special-needs", "orphan").map(c -> new ListItem(c, c)).toList() : List.of();

    private final ProgrammeSettingsCheck check = new ProgrammeSettingsCheck(
            new ProgrammeLists(TypedConfig.of(ListsConfig.class, Map.of())), CORE,
            new ProgrammeRules(TypedConfig.of(RulesConfig.class, Map.of())), new FakeApprovalRoles());

    private static Map<String, List<String>> months(String min, String highRisk, String difficult) {
        return Map.of("minMonths", List.of(min), "highRiskMinMonths", List.of(highRisk),
                "especiallyDifficultMinMonths", List.of(difficult), "highRiskCategories",
                List.of("high-suicide-risk", "incomplete-suicide"), "especiallyDifficultCategories",
                List.of("especially-difficult"));
    }

    @Test
    void theStatusesEntitlingToAPlanAreTheCoresPupilStatuses() {
        assertTrue(check.check("planEligibleFlags", List.of("ovz", "orphan")).isEmpty());
        SettingProblem typo = check.check("planEligibleFlags", List.of("ovz", "gifed")).orElseThrow();
        assertEquals("gifed", typo.value());
        assertEquals("core.settings.unknown.pupilFlags", typo.reasonKey());
    }

    @Test
    void theMinimumDurationsGrowWithTheRisk() {
        assertTrue(check.checkTogether(months("3", "6", "24")).isEmpty());
        assertTrue(check.checkTogether(months("6", "6", "6")).isEmpty(), "equal minimums are allowed");
        SettingProblem p = check.checkTogether(months("9", "6", "24")).get("minMonths");
        assertEquals("programmes.settings.minAboveHighRisk", p.reasonKey());
        assertEquals(List.of(9L, 6L), p.params());
        assertEquals("programmes.settings.highRiskAboveDifficult",
                check.checkTogether(months("3", "30", "24")).get("highRiskMinMonths").reasonKey());
    }

    @Test
    void aCategoryIsNotBothOfHighRiskAndEspeciallyDifficult() {
        Map<String, List<String>> values = new java.util.HashMap<>(months("3", "6", "24"));
        values.put("especiallyDifficultCategories", List.of("especially-difficult", "high-suicide-risk"));
        SettingProblem p = check.checkTogether(values).get("especiallyDifficultCategories");
        assertEquals("high-suicide-risk", p.value());
        assertEquals("programmes.settings.bothRiskLists", p.reasonKey());
    }

    @Test
    void theStoredRulesKeepTheirCodesInTheCoresAndTheModulesLists() {
        List<CodeUse> uses = check.codesUsed();
        assertTrue(uses.contains(new CodeUse("org.opora.core.lists", "pupilFlags", "gifted", "planEligibleFlags")));
        assertTrue(uses.contains(new CodeUse(ProgrammeLists.PID, "riskCategories", "high-suicide-risk",
                "highRiskCategories")));
        assertTrue(uses.contains(new CodeUse(ProgrammeLists.PID, "riskCategories", "especially-difficult",
                "especiallyDifficultCategories")));
    }

    @Test
    void theModulesListsAreEditedAsRows() {
        ProgrammeListsSettingsCheck lists = new ProgrammeListsSettingsCheck();
        assertEquals(java.util.Set.of("riskCategories", "helpDirections", "activityTargets", "planChoiceKinds"),
                lists.codedLists());
        lists.translator = (key, locale, params) -> "programmes.list.risk.standard".equals(key) ? "Standard" : key;
        assertEquals("Standard", lists.builtInLabel("riskCategories", "standard", java.util.Locale.ENGLISH)
                .orElseThrow());
        assertTrue(lists.builtInLabel("riskCategories", "own", java.util.Locale.ENGLISH).isEmpty());
    }

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
