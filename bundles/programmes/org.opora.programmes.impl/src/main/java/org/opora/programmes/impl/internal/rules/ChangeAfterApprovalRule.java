package org.opora.programmes.impl.internal.rules;

import org.opora.programmes.api.ProgrammeState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes to an approved programme. Regulation 002: the curator "makes changes and additions to the programme after
 * a discussion with the family" - a change to an approved programme needs the curator's agreement and the day it was
 * discussed with the family. Regulation 001, §4.11: every change to an individual plan is agreed with the curator
 * of the direction (or another authorised person) and fixed by an order of the school — the order is required
 * while {@code orderRequiredForChangesInPlans} is on. Before approval the draft changes freely; a finished version
 * (closed, extended, changed) does not change at all — the new version does.
 */
public final class ChangeAfterApprovalRule {

    static final String FINISHED = "programmes.rule.change.finished";
    static final String NO_AGREEMENT = "programmes.rule.change.noAgreement";
    static final String NO_FAMILY = "programmes.rule.change.noFamilyDiscussion";
    static final String NO_AGREEMENT_PLAN = "programmes.rule.change.noAgreementPlan";
    static final String NO_ORDER = "programmes.rule.change.noOrder";

    /**
     * What accompanies a change.
     *
     * @param agreedBy            staff id of the curator (or, for a plan, another authorised person) who agreed
     * @param discussedWithFamily the day the change was discussed with the family (programmes of 002)
     * @param orderId             the order of the core's register that fixes the change (plans of 001)
     */
    public record Change(Long agreedBy, LocalDate discussedWithFamily, Long orderId) {
    }

    private final boolean orderRequiredForPlans;

    public ChangeAfterApprovalRule(boolean orderRequiredForPlans) {
        this.orderRequiredForPlans = orderRequiredForPlans;
    }

    public List<Violation> check(ProgrammeKind kind, ProgrammeState state, Change change) {
        if (state.isFinal()) {
            return List.of(Violation.of("state", FINISHED));
        }
        if (!state.isApprovedAndOpen()) {
            return List.of();
        }
        List<Violation> found = new ArrayList<>();
        if (kind == ProgrammeKind.PROGRAMME) {
            if (change.agreedBy() == null) {
                found.add(Violation.of("agreedBy", NO_AGREEMENT));
            }
            if (change.discussedWithFamily() == null) {
                found.add(Violation.of("discussedWithFamily", NO_FAMILY));
            }
        } else {
            if (change.agreedBy() == null) {
                found.add(Violation.of("agreedBy", NO_AGREEMENT_PLAN));
            }
            if (orderRequiredForPlans && change.orderId() == null) {
                found.add(Violation.of("orderId", NO_ORDER));
            }
        }
        return found;
    }

    /** @throws org.opora.core.api.ValidationException citing the clause of the first violation */
    public void require(ProgrammeKind kind, ProgrammeState state, Change change) {
        Violation.requireNone(check(kind, state, change));
    }
}
