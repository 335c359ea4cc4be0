package org.opora.patronage.impl.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.platform.api.approval.ApprovalChain;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.testing.FakeApprovalRoles;
import org.opora.platform.testing.TypedConfig;

/** The chain of the curators' orders refused in the settings form before it is stored. */
class PatronageSettingsCheckTest {

    private final PatronageSettingsCheck check = new PatronageSettingsCheck(new FakeApprovalRoles());

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
