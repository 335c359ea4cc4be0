package org.opora.programmes.impl.internal.rules;

import java.util.List;

/**
 * A programme is approved only with its curator, and the curator is the consilium chair's appointment (regulation
 * 002: "the specialist responsible for the programme (its curator) is appointed by the chair of the consilium"; the
 * form's row "responsible for the programme"). Whoever drafts the programme proposes a curator to the chair; only the
 * chair (or the system, e.g. applying a decision) sets or changes it. A school working without the consilium module,
 * or while nobody chairs the consilium, has nobody to appoint in the system: the keepers of the programme then enter
 * the curator the chair appointed on paper. The school may switch the requirement before approval off with {@code
 * curatorRequiredBeforeApproval}; the appointment by the chair is the regulation's and always applies.
 */
public final class CuratorRule {

    static final String REQUIRED = "programmes.rule.curator.required";
    static final String BY_CHAIR = "programmes.rule.curator.byChair";

    private final boolean required;

    public CuratorRule(boolean required) {
        this.required = required;
    }

    /** @param curatorId the staff id of the appointed curator, or null */
    public List<Violation> check(Long curatorId) {
        return required && curatorId == null ? List.of(Violation.of("curatorId", REQUIRED)) : List.of();
    }

    /** @throws org.opora.core.api.ValidationException when the curator is missing */
    public void require(Long curatorId) {
        Violation.requireNone(check(curatorId));
    }

    /**
     * @param changes  whether the call sets or changes the curator
     * @param chaired  whether somebody chairs the consilium today (in the system)
     * @param appoints whether the caller is the consilium's chair today or the system
     */
    public List<Violation> checkAppointment(boolean changes, boolean chaired, boolean appoints) {
        return changes && chaired && !appoints ? List.of(Violation.of("curatorId", BY_CHAIR)) : List.of();
    }

    /** @throws org.opora.core.api.ValidationException when somebody other than the chair sets the curator */
    public void requireAppointment(boolean changes, boolean chaired, boolean appoints) {
        Violation.requireNone(checkAppointment(changes, chaired, appoints));
    }
}
