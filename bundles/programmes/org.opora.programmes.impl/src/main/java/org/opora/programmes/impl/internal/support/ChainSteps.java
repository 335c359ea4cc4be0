package org.opora.programmes.impl.internal.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.opora.core.api.ValidationException;
import org.opora.core.support.Caller;
import org.opora.platform.api.approval.ApprovalChain;
import org.opora.platform.api.approval.ApprovalRoles;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.approval.ChainStep;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.impl.internal.model.StepEntity;

/**
 * The school's approval chain on one programme or plan (regulation 002: the director approves; 001: the coordinator
 * agrees and the director approves; the school's own chain where it configured one): which agreements it has, which
 * step is next, whether the caller may take it. Agreements are recorded as steps {@value #AGREED} in the role taken,
 * the approval as the step {@code APPROVED} in the approving role, each with the position as shown then.
 */
public final class ChainSteps {

    /** The kind of a recorded agreement of the chain. */
    public static final String AGREED = "CHAIN_AGREED";
    /** The approval while an agreement of the chain is missing (parameter: the position that is to agree). */
    public static final String PENDING = "programmes.chain.pending";
    /** An agreement while every agreement of the chain is taken (parameter: the approving position). */
    public static final String ALL_AGREED = "programmes.chain.allAgreed";

    private final ApprovalChain chain;
    private final List<StepEntity> steps;

    /**
     * @param chain the chain configured now
     * @param steps the record's recorded steps in the order they were taken
     */
    public ChainSteps(ApprovalChain chain, List<StepEntity> steps) {
        this.chain = chain;
        this.steps = List.copyOf(steps);
    }

    /** Whether the caller holds the role; the system holds every role. */
    public static boolean holds(Caller who, String role) {
        return who.isSystem() || who.user().hasRole(role);
    }

    /** Whether the caller holds one of the chain's roles. */
    public static boolean holdsAny(Caller who, ApprovalChain chain) {
        return chain.roles().stream().anyMatch(r -> holds(who, r));
    }

    /** The roles whose agreement the record has. */
    public Set<String> agreedRoles() {
        Set<String> roles = new LinkedHashSet<>();
        steps.stream().filter(s -> AGREED.equals(s.getKind())).forEach(s -> roles.add(s.getRole()));
        return roles;
    }

    /** The day of the latest agreement of the chain, or {@code null} without one. */
    public LocalDate lastAgreedOn() {
        LocalDate last = null;
        for (StepEntity s : steps) {
            if (AGREED.equals(s.getKind()) && (last == null || s.getDate().isAfter(last))) {
                last = s.getDate();
            }
        }
        return last;
    }

    /** The step to take next: the first agreement not taken, else the approval. */
    public ChainStep next() {
        return chain.next(agreedRoles());
    }

    /**
     * The step the caller takes now: the next one, of the kind asked, in a role the caller holds.
     *
     * @throws ValidationException   an approval before every agreement, or an agreement after all of them
     * @throws AccessDeniedException the caller does not hold the next step's role
     */
    public ChainStep require(Caller who, ChainStep.Kind kind, ApprovalRoles roles) {
        ChainStep next = next();
        if (next.kind() != kind) {
            throw kind == ChainStep.Kind.APPROVE ? new ValidationException("", PENDING, roles.position(next))
                    : new ValidationException("", ALL_AGREED, roles.position(next));
        }
        if (!holds(who, next.role())) {
            throw new AccessDeniedException("role " + next.role());
        }
        return next;
    }

    /**
     * The chain as the record shows it: the agreements taken (also in a role the chain no longer names) and the
     * approval once taken, with who and when; the steps still open with the people holding their roles.
     *
     * @param beforeApproval whether the record has not reached its approval yet (after it, a record approved before
     *                       approvals were recorded shows no open step)
     */
    public List<ApprovalStep> status(ApprovalRoles roles, boolean beforeApproval) {
        List<ApprovalStep> shown = new ArrayList<>();
        Set<String> agreed = new LinkedHashSet<>();
        for (StepEntity s : steps) {
            if (AGREED.equals(s.getKind()) && agreed.add(s.getRole())) {
                shown.add(ApprovalStep.taken(ChainStep.Kind.AGREE, s.getRole(), s.getPosition(), s.getBy(),
                        s.getByName(), s.getDate()));
            }
        }
        StepEntity approval = null;
        for (StepEntity s : steps) {
            if (ProgrammeState.APPROVED.name().equals(s.getKind())) {
                approval = s;
            }
        }
        if (approval == null && !beforeApproval) {
            return shown;
        }
        if (approval == null) {
            for (ChainStep step : chain.agreements()) {
                if (!agreed.contains(step.role())) {
                    shown.add(ApprovalStep.open(step, roles.position(step), roles.holders(step.role())));
                }
            }
            ChainStep last = chain.approver();
            shown.add(ApprovalStep.open(last, roles.position(last), roles.holders(last.role())));
        } else {
            String role = approval.getRole().isEmpty() ? chain.approver().role() : approval.getRole();
            String position = approval.getPosition().isEmpty() ? roles.position(chain.approver())
                    : approval.getPosition();
            shown.add(ApprovalStep.taken(ChainStep.Kind.APPROVE, role, position, approval.getBy(),
                    approval.getByName(), approval.getDate()));
        }
        return shown;
    }
}
