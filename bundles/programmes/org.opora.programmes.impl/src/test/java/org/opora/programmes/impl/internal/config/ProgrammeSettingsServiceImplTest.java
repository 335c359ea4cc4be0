package org.opora.programmes.impl.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opora.platform.testing.TypedConfig;

/** What other modules learn of the configured rules through the settings service. */
class ProgrammeSettingsServiceImplTest {

    @Test
    void theMinimumDurationIsTheLongestThatAppliesToTheRiskCategory() {
        ProgrammeSettingsServiceImpl settings = new ProgrammeSettingsServiceImpl(
                new ProgrammeRules(TypedConfig.defaults(RulesConfig.class)), null);
        assertEquals(3, settings.minimumMonths("standard"));
        assertEquals(6, settings.minimumMonths("high-suicide-risk"));
        assertEquals(24, settings.minimumMonths("especially-difficult"));
        assertEquals(3, settings.minimumMonths("unknown"));
        ProgrammeSettingsServiceImpl stricter = new ProgrammeSettingsServiceImpl(new ProgrammeRules(
                TypedConfig.of(RulesConfig.class, Map.of("minMonths", 4, "highRiskMinMonths", 9))), null);
        assertEquals(4, stricter.minimumMonths("standard"));
        assertEquals(9, stricter.minimumMonths("incomplete-suicide"));
    }

    @Test
    void theFlagsGivingTheRightToAnIndividualPlanAreTheConfiguredOnes() {
        assertEquals(List.of("ovz", "disabled", "gifted", "special-needs"), new ProgrammeSettingsServiceImpl(
                new ProgrammeRules(TypedConfig.defaults(RulesConfig.class)), null).planEligibleFlags());
        assertEquals(List.of("gifted"), new ProgrammeSettingsServiceImpl(new ProgrammeRules(TypedConfig.of(
                RulesConfig.class, Map.of("planEligibleFlags", new String[] {" Gifted "}))), null).planEligibleFlags());
    }
}
