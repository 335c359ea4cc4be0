package org.opora.platform.api.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.platform.api.settings.SettingProblem;

class ApprovalChainTest {

    private static final Set<String> ROLES = Set.of("director", "deputy", "head-of-service");

    private static Optional<SettingProblem> problem(String... lines) {
        return ApprovalChain.problem(List.of(lines), ROLES::contains);
    }

    @Test
    void aChainIsReadInOrderWithTheApprovalLast() {
        ApprovalChain chain = ApprovalChain.of("agree: deputy", "  ", "Approve:Director");
        assertEquals(List.of(new ChainStep(ChainStep.Kind.AGREE, "deputy", ""),
                new ChainStep(ChainStep.Kind.APPROVE, "director", "")), chain.steps());
        assertEquals("director", chain.approver().role());
        assertEquals(List.of("agree: deputy", "approve: director"), chain.lines());
        assertEquals(Optional.empty(), problem("agree: deputy", "approve: director"));
    }

    @Test
    void aLineMayNameThePositionPrinted() {
        ChainStep step = ApprovalChain.of("approve: deputy = Deputy director for academic work").approver();
        assertEquals("Deputy director for academic work", step.position());
        assertEquals("approve: deputy = Deputy director for academic work", step.line());
    }

    @Test
    void theNextStepIsTheFirstAgreementNotTakenThenTheApproval() {
        ApprovalChain chain = ApprovalChain.of("agree: head-of-service", "agree: deputy", "approve: director");
        assertEquals("head-of-service", chain.next(List.of()).role());
        assertEquals("deputy", chain.next(List.of("head-of-service")).role());
        assertEquals(ChainStep.Kind.APPROVE, chain.next(List.of("head-of-service", "deputy")).kind());
    }

    @Test
    void problemsNameTheLineAndTheReason() {
        assertEquals(SettingProblem.of("agree deputy", ApprovalChain.MALFORMED),
                problem("agree deputy", "approve: director").orElseThrow());
        assertEquals(SettingProblem.of("agree: dputy", ApprovalChain.UNKNOWN_ROLE, "dputy"),
                problem("agree: dputy", "approve: director").orElseThrow());
        assertEquals(SettingProblem.of("approve: deputy", ApprovalChain.REPEATED_ROLE, "deputy"),
                problem("agree: deputy", "approve: deputy").orElseThrow());
        assertEquals(SettingProblem.of("agree: deputy", ApprovalChain.NO_APPROVE),
                problem("agree: deputy").orElseThrow());
        assertEquals(SettingProblem.of("approve: director", ApprovalChain.APPROVE_NOT_LAST),
                problem("approve: director", "agree: deputy").orElseThrow());
        assertEquals(ApprovalChain.NO_APPROVE, problem().orElseThrow().reasonKey());
    }

    @Test
    void parsingRefusesWhatTheCheckRefuses() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ApprovalChain.of("approve: director", "approve: deputy"));
        assertEquals(ApprovalChain.APPROVE_NOT_LAST, e.getMessage());
        assertTrue(ApprovalChain.of("approve: nobody-yet").roles().contains("nobody-yet"));
    }
}
