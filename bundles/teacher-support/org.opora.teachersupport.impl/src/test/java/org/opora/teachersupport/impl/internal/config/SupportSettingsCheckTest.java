package org.opora.teachersupport.impl.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.platform.api.approval.ApprovalChain;
import org.opora.platform.api.settings.CodeUse;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.testing.FakeApprovalRoles;
import org.opora.platform.testing.TypedConfig;

/** The leads are the core's specialist types; the five lists are edited as rows. */
class SupportSettingsCheckTest {

    private static final ReferenceLists CORE = (list, locale) -> list == ReferenceList.SPECIALIST_TYPES
            ? Stream.of("deputy-director", "methodologist", "mentor").map(c -> new ListItem(c, c)).toList()
            : List.of();

    private final SupportSettingsCheck check = new SupportSettingsCheck(CORE,
            new SupportRules(TypedConfig.of(RulesConfig.class, Map.of())), new FakeApprovalRoles());

    @Test
    void theChainOfTheConclusionNamesAnExistingRoleInOneApproveLine() {
        assertTrue(check.check("conclusionApprovalChain", List.of("approve: deputy")).isEmpty());
        assertTrue(check.check("conclusionApprovalChain", List.of("approve: director = Director")).isEmpty());
        assertEquals(ApprovalChain.UNKNOWN_ROLE, check.check("conclusionApprovalChain", List.of("approve: deptuy"))
                .orElseThrow().reasonKey());
        SettingProblem agreement = check.check("conclusionApprovalChain", List.of("agree: director",
                "approve: deputy")).orElseThrow();
        assertEquals(SupportSettingsCheck.NO_AGREEMENTS, agreement.reasonKey());
        assertEquals("agree: director", agreement.value());
    }

    @Test
    void theDeputyApprovesByDefaultAndABrokenChainFallsBackToTheDeputy() {
        assertEquals("approve: deputy", new SupportRules(TypedConfig.of(RulesConfig.class, Map.of()))
                .conclusionApprovalChain().approver().line());
        assertEquals("director", new SupportRules(TypedConfig.of(RulesConfig.class, Map.of("conclusionApprovalChain",
                new String[] {"approve: director = Director"}))).conclusionApprovalChain().approver().role());
        assertEquals("deputy", new SupportRules(TypedConfig.of(RulesConfig.class, Map.of("conclusionApprovalChain",
                new String[] {"agree: director", "approve: head"}))).conclusionApprovalChain().approver().role());
    }

    @Test
    void theLeadTypesAreTheCoresSpecialistTypes() {
        assertTrue(check.check("leadTypes", List.of("mentor")).isEmpty());
        assertEquals("core.settings.unknown.specialistTypes", check.check("leadTypes", List.of("mentr"))
                .orElseThrow().reasonKey());
        assertTrue(check.check("difficultyTypes", List.of("whatever = Что угодно")).isEmpty());
    }

    @Test
    void theListsAreCodedAndLabelledFromTheModule() {
        assertEquals(Set.of("difficultyTypes", "diagnosisSources", "checkpointKinds", "helpForms", "evidenceKinds"),
                check.codedLists());
        check.translator = (key, locale, params) -> "teachersupport.list.help.route".equals(key) ? "Route" : key;
        assertEquals("Route", check.builtInLabel("helpForms", "route", Locale.ENGLISH).orElseThrow());
        assertTrue(check.builtInLabel("helpForms", "own", Locale.ENGLISH).isEmpty());
    }

    @Test
    void theStoredLeadTypesStayInTheCoresList() {
        assertTrue(check.codesUsed().contains(new CodeUse("org.opora.core.lists", "specialistTypes", "methodologist",
                "leadTypes")));
    }
}
