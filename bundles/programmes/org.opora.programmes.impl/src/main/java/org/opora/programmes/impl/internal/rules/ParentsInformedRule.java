package org.opora.programmes.impl.internal.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The parents are informed of the right to an individual plan before it is drafted (regulation 001, §4.1: "parents
 * (legal representatives) are informed by a teacher of the possibility of support by an individual plan"; §4.2: the
 * plan is drafted "if the parents wish"). The day they were
 * informed is recorded, is not in the future and is not after the day the plan was drafted.
 */
public final class ParentsInformedRule {

    static final String MISSING = "programmes.rule.informed.missing";
    static final String FUTURE = "programmes.rule.informed.future";
    static final String AFTER_DRAFT = "programmes.rule.informed.afterDraft";

    /**
     * @param informedOn the day the parents were informed of the right, or null
     * @param draftedOn  the day the plan was drafted, or null when it is being drafted now (today)
     */
    public List<Violation> check(LocalDate informedOn, LocalDate draftedOn, LocalDate today) {
        if (informedOn == null) {
            return List.of(Violation.of("parentsInformedOn", MISSING));
        }
        if (informedOn.isAfter(today)) {
            return List.of(Violation.of("parentsInformedOn", FUTURE));
        }
        if (draftedOn != null && informedOn.isAfter(draftedOn)) {
            return List.of(Violation.of("parentsInformedOn", AFTER_DRAFT));
        }
        return List.of();
    }

    /** @throws org.opora.core.api.ValidationException citing §4.1 */
    public void require(LocalDate informedOn, LocalDate draftedOn, LocalDate today) {
        Violation.requireNone(check(informedOn, draftedOn, today));
    }
}
