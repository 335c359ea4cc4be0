package org.opora.programmes.impl.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ListItem;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.platform.testing.TypedConfig;
import org.opora.programmes.api.ProgrammeSettings;

/** What the views and other modules learn of the configured rules and lists through the settings service. */
class ProgrammeSettingsServiceImplTest {

    private static ProgrammeSettingsServiceImpl settings(Map<String, ?> rules, Map<String, ?> lists) {
        ProgrammeLists configured = new ProgrammeLists(TypedConfig.of(ListsConfig.class, lists));
        configured.translator = new MessagesTranslator();
        return new ProgrammeSettingsServiceImpl(new ProgrammeRules(TypedConfig.of(RulesConfig.class, rules)),
                configured);
    }

    @Test
    void theSettingsCarryTheVariantsTheListsLabelledInTheLanguageAndTheLoadByGrade() {
        ProgrammeSettings s = settings(Map.of("individualPlansEnabled", false, "endingSoonDays", 21,
                "maxWeeklyHours", new String[] {"5=29", "6=30"}), Map.of("helpDirections",
                        new String[] {"medical", "legal = Legal help"})).settings(Locale.ENGLISH);

        assertTrue(s.programmesEnabled());
        assertFalse(s.individualPlansEnabled());
        assertEquals(21, s.endingSoonDays());
        assertEquals(List.of(new ListItem("medical", "Medical help"), new ListItem("legal", "Legal help")),
                s.helpDirections());
        assertEquals(List.of("pupil", "parents", "staff"), s.activityTargets().stream().map(ListItem::code).toList());
        assertEquals("Teaching staff", s.activityTargets().get(2).label());
        assertEquals(4, s.riskCategories().size());
        assertEquals(3, s.planChoiceKinds().size());
        assertEquals(Map.of(5, 29, 6, 30), s.maxWeeklyHours());
        assertTrue(s.orderRequiredForPlanChanges());
    }

    @Test
    void theMinimumDurationIsTheLongestThatAppliesToTheRiskCategory() {
        ProgrammeSettingsServiceImpl defaults = settings(Map.of(), Map.of());
        assertEquals(3, defaults.minimumMonths("standard"));
        assertEquals(6, defaults.minimumMonths("high-suicide-risk"));
        assertEquals(24, defaults.minimumMonths("especially-difficult"));
        assertEquals(3, defaults.minimumMonths("unknown"));
        ProgrammeSettingsServiceImpl stricter = settings(Map.of("minMonths", 4, "highRiskMinMonths", 9), Map.of());
        assertEquals(4, stricter.minimumMonths("standard"));
        assertEquals(9, stricter.minimumMonths("incomplete-suicide"));
    }

    @Test
    void theFlagsGivingTheRightToAnIndividualPlanAreTheConfiguredOnes() {
        assertEquals(List.of("ovz", "disabled", "gifted", "special-needs"),
                settings(Map.of(), Map.of()).planEligibleFlags());
        assertEquals(List.of("gifted"), settings(Map.of("planEligibleFlags", new String[] {" Gifted "}), Map.of())
                .planEligibleFlags());
    }
}
