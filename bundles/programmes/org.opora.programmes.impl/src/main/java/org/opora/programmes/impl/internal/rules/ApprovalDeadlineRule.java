package org.opora.programmes.impl.internal.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The director approves an individual plan within the deadline set by order (regulation 001, §4.9: "the deadlines for
 * drafting and approving individual plans are set by the director's order"). The
 * plan keeps the deadline together with the order that set it; a deadline without its order is refused, an approval
 * after the deadline is refused (a new deadline needs a new order), and a plan not approved after its deadline is
 * overdue (for "my duties"). A plan without a deadline has none to miss.
 */
public final class ApprovalDeadlineRule {

    static final String NO_ORDER = "programmes.rule.deadline.noOrder";
    static final String MISSED = "programmes.rule.deadline.missed";

    /**
     * @param deadline        the last day for the approval, or null when no order has set one
     * @param deadlineOrderId the order of the core's register that set the deadline
     * @param approvedOn      the day of the approval being recorded
     */
    public List<Violation> check(LocalDate deadline, Long deadlineOrderId, LocalDate approvedOn) {
        if (deadline == null) {
            return List.of();
        }
        if (deadlineOrderId == null) {
            return List.of(Violation.of("deadlineOrderId", NO_ORDER));
        }
        if (approvedOn != null && approvedOn.isAfter(deadline)) {
            return List.of(Violation.of("approvedOn", MISSED));
        }
        return List.of();
    }

    /** @throws org.opora.core.api.ValidationException citing §4.9 */
    public void require(LocalDate deadline, Long deadlineOrderId, LocalDate approvedOn) {
        Violation.requireNone(check(deadline, deadlineOrderId, approvedOn));
    }

    /** Whether the plan is still not approved although its deadline has passed. */
    public static boolean isOverdue(LocalDate deadline, LocalDate approvedOn, LocalDate today) {
        return deadline != null && approvedOn == null && today.isAfter(deadline);
    }
}
