package org.opora.programmes.impl.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An individual plan is agreed by the coordinator before the director approves it (regulation 001, §4.8:
 * "the individual plan is agreed by the person responsible for coordinating individual plans and approved by the
 * director"; §4.7: the final version is
 * passed to the coordinator). The agreement names who agreed and the day; the approval is not dated before it.
 */
public final class CoordinatorAgreementRule {

    static final String NO_COORDINATOR = "programmes.rule.coordinator.missing";
    static final String NO_DATE = "programmes.rule.coordinator.noDate";
    static final String APPROVED_BEFORE = "programmes.rule.coordinator.approvedBefore";

    /**
     * @param coordinatorId staff id of the coordinator who agreed the plan, or null
     * @param agreedOn      the day of the agreement, or null
     * @param approvedOn    the day of the director's approval being recorded
     */
    public List<Violation> check(Long coordinatorId, LocalDate agreedOn, LocalDate approvedOn) {
        List<Violation> found = new ArrayList<>();
        if (coordinatorId == null) {
            found.add(Violation.of("coordinatorId", NO_COORDINATOR));
        }
        if (agreedOn == null) {
            found.add(Violation.of("coordinatorAgreedOn", NO_DATE));
        } else if (approvedOn != null && approvedOn.isBefore(agreedOn)) {
            found.add(Violation.of("approvedOn", APPROVED_BEFORE));
        }
        return found;
    }

    /** @throws org.opora.core.api.ValidationException citing §4.8 */
    public void require(Long coordinatorId, LocalDate agreedOn, LocalDate approvedOn) {
        Violation.requireNone(check(coordinatorId, agreedOn, approvedOn));
    }
}
