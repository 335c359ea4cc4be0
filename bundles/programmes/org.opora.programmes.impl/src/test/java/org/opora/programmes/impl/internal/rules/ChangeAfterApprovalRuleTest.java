package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.programmes.impl.internal.rules.ProgrammeKind.INDIVIDUAL_PLAN;
import static org.opora.programmes.impl.internal.rules.ProgrammeKind.PROGRAMME;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.programmes.api.ProgrammeState;
import org.opora.core.api.ValidationException;
import org.opora.programmes.impl.internal.rules.ChangeAfterApprovalRule.Change;

class ChangeAfterApprovalRuleTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);
    private static final Change NOTHING = new Change(null, null, null);
    private final ChangeAfterApprovalRule rule = new ChangeAfterApprovalRule(true);

    @Test
    void aDraftChangesFreely() {
        for (ProgrammeState s : List.of(ProgrammeState.DRAFT, ProgrammeState.DISCUSSED_WITH_PARENTS,
                ProgrammeState.CONSENT_GIVEN, ProgrammeState.CONSENT_REFUSED)) {
            assertTrue(rule.check(PROGRAMME, s, NOTHING).isEmpty(), s.name());
            assertTrue(rule.check(INDIVIDUAL_PLAN, s, NOTHING).isEmpty(), s.name());
        }
    }

    @Test
    void anApprovedProgrammeChangesWithTheCuratorAfterTheFamilyDiscussion() {
        assertTrue(rule.check(PROGRAMME, ProgrammeState.IN_PROGRESS, new Change(3L, DAY, null)).isEmpty());
        assertEquals(List.of(Violation.of("agreedBy", ChangeAfterApprovalRule.NO_AGREEMENT),
                Violation.of("discussedWithFamily", ChangeAfterApprovalRule.NO_FAMILY)),
                rule.check(PROGRAMME, ProgrammeState.APPROVED, NOTHING));
    }

    @Test
    void anApprovedPlanChangesWithAgreementAndOrder() {
        assertTrue(rule.check(INDIVIDUAL_PLAN, ProgrammeState.REVIEW, new Change(3L, null, 11L)).isEmpty());
        ValidationException e = assertThrows(ValidationException.class,
                () -> rule.require(INDIVIDUAL_PLAN, ProgrammeState.IN_PROGRESS, new Change(3L, null, null)));
        assertEquals("programmes.rule.change.noOrder", e.messageKey());
        assertEquals("orderId", e.field());
        assertEquals(ChangeAfterApprovalRule.NO_AGREEMENT_PLAN,
                rule.check(INDIVIDUAL_PLAN, ProgrammeState.APPROVED, new Change(null, null, 11L)).get(0).messageKey());
    }

    @Test
    void theOrderMayBeSwitchedOff() {
        assertTrue(new ChangeAfterApprovalRule(false)
                .check(INDIVIDUAL_PLAN, ProgrammeState.IN_PROGRESS, new Change(3L, null, null)).isEmpty());
    }

    @Test
    void aFinishedVersionDoesNotChange() {
        for (ProgrammeState s : List.of(ProgrammeState.CLOSED, ProgrammeState.EXTENDED, ProgrammeState.CHANGED)) {
            assertEquals(List.of(Violation.of("state", ChangeAfterApprovalRule.FINISHED)),
                    rule.check(PROGRAMME, s, new Change(3L, DAY, 11L)));
        }
    }
}
