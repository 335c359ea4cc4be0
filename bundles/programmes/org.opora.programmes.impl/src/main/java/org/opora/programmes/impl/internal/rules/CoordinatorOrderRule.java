package org.opora.programmes.impl.internal.rules;

import java.util.List;

/**
 * The coordinator of the individual plans is appointed by the head's order (001 §8.2: the head of the school
 * appoints by order the person responsible for coordinating the drawing up and carrying out of individual plans;
 * §8.3.1: that person is appointed by the head's order): a plan names its coordinator only with the order of the
 * core's register that appointed them.
 */
public final class CoordinatorOrderRule {

    static final String NO_ORDER = "programmes.rule.coordinatorOrder.missing";

    /**
     * @param coordinatorId the coordinator named, or {@code null}
     * @param orderId       the order appointing them, or {@code null}
     */
    public List<Violation> check(Long coordinatorId, Long orderId) {
        return coordinatorId != null && orderId == null ? List.of(Violation.of("coordinatorOrderId", NO_ORDER))
                : List.of();
    }

    /**
     * Before the coordinator agrees the plan (§4.8): it names its coordinator with the order appointing them.
     *
     * @throws org.opora.core.api.ValidationException citing §8.2 and §8.3.1
     */
    public void requireAppointed(Long coordinatorId, Long orderId) {
        if (coordinatorId == null || orderId == null) {
            Violation.requireNone(List.of(Violation.of("coordinatorOrderId", NO_ORDER)));
        }
    }

    /** @throws org.opora.core.api.ValidationException on the order's input, citing §8.2 and §8.3.1 */
    public void require(Long coordinatorId, Long orderId) {
        Violation.requireNone(check(coordinatorId, orderId));
    }
}
