package org.opora.patronage.impl.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceLists;
import org.opora.platform.api.settings.CodeUse;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.api.approval.ApprovalChain;
import org.opora.platform.testing.FakeApprovalRoles;
import org.opora.platform.testing.TypedConfig;

/** The patronage rules name the core's statuses and specialist types; the mandatory categories are categories. */
class PatronageSettingsCheckTest {

    private static final ReferenceLists CORE = (list, locale) -> switch (list) {
        case PUPIL_FLAGS -> items("deviant", "failing", "at-risk", "ovz");
        case SPECIALIST_TYPES -> items("social-pedagogue", "psychologist", "inspector", "medical");
        default -> List.of();
    };

    private final PatronageSettingsCheck check = new PatronageSettingsCheck(new FakeApprovalRoles(), CORE,
            new PatronageRules(TypedConfig.of(RulesConfig.class, Map.of())));

    private static List<ListItem> items(String... codes) {
        return Stream.of(codes).map(c -> new ListItem(c, c)).toList();
    }

    @Test
    void theCategoriesAreTheCoresPupilStatuses() {
        assertTrue(check.check("categories", List.of("deviant", "ovz")).isEmpty());
        SettingProblem p = check.check("categories", List.of("deviant", "deviand")).orElseThrow();
        assertEquals("deviand", p.value());
        assertEquals("core.settings.unknown.pupilFlags", p.reasonKey());
        assertEquals("core.settings.unknown.pupilFlags", check.check("mandatoryCategories", List.of("lazy"))
                .orElseThrow().reasonKey());
    }

    @Test
    void theCoordinatorAndTheSpecialistsAreTheCoresSpecialistTypes() {
        assertTrue(check.check("coordinatorType", List.of("psychologist")).isEmpty());
        assertEquals("core.settings.unknown.specialistTypes", check.check("coordinatorType",
                List.of("social-pedagog")).orElseThrow().reasonKey());
        assertEquals("core.settings.unknown.specialistTypes", check.check("specialistTypes",
                List.of("medical", "police")).orElseThrow().reasonKey());
    }

    @Test
    void aMandatoryCategoryMustBeACategory() {
        assertTrue(check.checkTogether(Map.of("categories", List.of("deviant", "failing"), "mandatoryCategories",
                List.of("deviant"))).isEmpty());
        SettingProblem p = check.checkTogether(Map.of("categories", List.of("deviant"), "mandatoryCategories",
                List.of("deviant", "failing"))).get("mandatoryCategories");
        assertEquals("failing", p.value());
        assertEquals("patronage.settings.notACategory", p.reasonKey());
    }

    @Test
    void theCodesTheRulesNameAreLabelledAsTheCoreLabelsThem() {
        assertEquals("ovz", check.builtInLabel("categories", "ovz", java.util.Locale.ENGLISH).orElseThrow());
        assertEquals("medical", check.builtInLabel("coordinatorType", "medical", java.util.Locale.ENGLISH)
                .orElseThrow());
        assertTrue(check.builtInLabel("specialistTypes", "police", java.util.Locale.ENGLISH).isEmpty());
    }

    @Test
    void theStoredRulesKeepTheirCodesInTheCoresLists() {
        List<CodeUse> uses = check.codesUsed();
        assertTrue(uses.contains(new CodeUse("org.opora.core.lists", "pupilFlags", "at-risk", "categories")));
        assertTrue(uses.contains(new CodeUse("org.opora.core.lists", "pupilFlags", "failing",
                "mandatoryCategories")));
        assertTrue(uses.contains(new CodeUse("org.opora.core.lists", "specialistTypes", "social-pedagogue",
                "coordinatorType")));
        assertTrue(uses.contains(new CodeUse("org.opora.core.lists", "specialistTypes", "inspector",
                "specialistTypes")));
    }

    @Test
    void theDefaultAndAnotherExistingRolePass() {
        assertTrue(check.check("curatorOrderChain", Arrays.asList(TypedConfig.defaults(RulesConfig.class)
                .curatorOrderChain())).isEmpty());
        assertTrue(check.check("curatorOrderChain", List.of("approve: deputy = Deputy director")).isEmpty());
        assertTrue(check.check("reportIntervalDays", List.of("90")).isEmpty());
    }

    @Test
    void anUnknownRoleAndAnAgreementAreRefusedNamingTheLine() {
        SettingProblem typo = check.check("curatorOrderChain", List.of("approve: directr")).orElseThrow();
        assertEquals(List.of("approve: directr", ApprovalChain.UNKNOWN_ROLE), List.of(typo.value(), typo.reasonKey()));
        SettingProblem agreement = check.check("curatorOrderChain", List.of("agree: deputy", "approve: director"))
                .orElseThrow();
        assertEquals(List.of("agree: deputy", PatronageSettingsCheck.NO_AGREEMENTS),
                List.of(agreement.value(), agreement.reasonKey()));
    }
}
