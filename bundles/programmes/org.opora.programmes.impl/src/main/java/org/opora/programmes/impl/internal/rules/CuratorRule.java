package org.opora.programmes.impl.internal.rules;

import java.util.List;

/**
 * A programme is approved only with its curator (regulation 002: "the specialist responsible for the programme (its
 * curator) is appointed by the chair of the consilium"; the form's row "responsible for the programme").
 * The school may switch the rule off with {@code curatorRequiredBeforeApproval}.
 */
public final class CuratorRule {

    static final String REQUIRED = "programmes.rule.curator.required";

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
}
