package org.opora.programmes.impl.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.programmes.impl.internal.rules.ProgrammeKind;
import org.opora.programmes.api.ProgrammeState;
import org.opora.platform.testing.TypedConfig;

class ProgrammeRulesTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 15);

    @Test
    void theDefaultsFollowTheRegulations() {
        ProgrammeRules rules = new ProgrammeRules(TypedConfig.defaults(RulesConfig.class));
        assertTrue(rules.programmesEnabled());
        assertTrue(rules.individualPlansEnabled());
        assertEquals(3, rules.minMonths());
        assertEquals(6, rules.highRiskMinMonths());
        assertEquals(List.of("high-suicide-risk", "incomplete-suicide"), rules.highRiskCategories());
        assertEquals(24, rules.especiallyDifficultMinMonths());
        assertEquals(List.of("especially-difficult"), rules.especiallyDifficultCategories());
        assertTrue(rules.consentRequiredBeforeStart());
        assertTrue(rules.curatorRequiredBeforeApproval());
        assertEquals(14, rules.endingSoonDays());
        assertTrue(rules.orderRequiredForChangesInPlans());
        assertEquals(List.of("ovz", "disabled", "gifted", "special-needs"), rules.planEligibleFlags());
        assertEquals(List.of("ovz", "disabled", "special-needs"), rules.planObligatoryFlags(),
                "001 §6.1: obligatory for ОВЗ, disabled children and special needs; the gifted are entitled (§7.1)");
        assertEquals(34, rules.maxWeeklyHours().get(11));
        assertEquals(6, rules.duration().minimumMonths("high-suicide-risk"));
        assertFalse(rules.lifecycle().allowed(ProgrammeState.DISCUSSED_WITH_PARENTS, ProgrammeState.APPROVED));
    }

    @Test
    void theRulesTakeTheConfiguredNumbers() {
        ProgrammeRules rules = new ProgrammeRules(TypedConfig.of(RulesConfig.class, Map.of("minMonths", 4,
                "highRiskCategories", new String[] { " High-Suicide-Risk ", "", "high-suicide-risk" },
                "consentRequiredBeforeStart", false, "programmesEnabled", false, "endingSoonDays", 7,
                "maxWeeklyHours", new String[] { "5=30", "bad" })));
        assertEquals(List.of("high-suicide-risk"), rules.highRiskCategories());
        assertEquals(1, rules.duration().check(START, LocalDate.of(2027, 4, 14), "standard", null).size());
        assertTrue(rules.duration().check(START, LocalDate.of(2027, 5, 14), "standard", null).isEmpty());
        assertEquals(0, rules.duration().minimumMonths("incomplete-suicide") - 4);
        assertTrue(rules.lifecycle().allowed(ProgrammeState.DISCUSSED_WITH_PARENTS, ProgrammeState.APPROVED));
        assertTrue(rules.consent().check(null, START, START).isEmpty());
        assertFalse(rules.variants().enabled(ProgrammeKind.PROGRAMME));
        assertEquals(Map.of(5, 30), rules.maxWeeklyHours());
        assertTrue(rules.weeklyLoad().maxFor(6).isEmpty());
        assertEquals(START.plusDays(7), rules.endingSoon().horizon(START));
    }

    @Test
    void aChangeInSettingsAppliesAtOnce() {
        ProgrammeRules rules = new ProgrammeRules(TypedConfig.defaults(RulesConfig.class));
        rules.modified(TypedConfig.of(RulesConfig.class, Map.of("curatorRequiredBeforeApproval", false, "minMonths", 0,
                "planEligibleFlags", new String[] { "ovz" })));
        assertTrue(rules.curator().check(null).isEmpty());
        assertEquals(1, rules.minMonths());
        assertTrue(rules.planEligibility().eligible(Set.of("ovz")));
        assertFalse(rules.planEligibility().eligible(Set.of("gifted")));
        assertEquals(List.of("ovz"), rules.planObligatoryFlags(), "only statuses that also entitle to a plan");
    }
}
