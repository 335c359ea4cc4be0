package org.opora.programmes.impl.internal.rules;

import java.util.List;

import org.opora.programmes.api.plan.Acquaintance;

/**
 * The parents' acquaintance before the preliminary plan is discussed with them (001 §4.3: the teacher offers them the
 * main educational programme, the proposed curriculum and the procedure of drawing up the plan and its conditions;
 * §4.4: on that information they choose; §4.5: the prepared plan is then discussed with them again). Recording it
 * needs at least one of the three; the discussion needs all three.
 */
public final class AcquaintanceRule {

    static final String NOTHING = "programmes.rule.acquaintance.nothing";
    static final String MISSING = "programmes.rule.acquaintance.missing";
    static final String INCOMPLETE = "programmes.rule.acquaintance.incomplete";

    /** What may be recorded: something the parents were acquainted with. */
    public List<Violation> checkRecord(Acquaintance a) {
        return a.programme() || a.curriculum() || a.procedure() ? List.of()
                : List.of(Violation.of("acquaintance", NOTHING));
    }

    /** Whether the plan may be discussed with the parents: the acquaintance recorded, with all three. */
    public List<Violation> checkDiscussion(Acquaintance recorded) {
        if (recorded == null) {
            return List.of(Violation.of("", MISSING));
        }
        return recorded.complete() ? List.of() : List.of(Violation.of("", INCOMPLETE));
    }

    /** @throws org.opora.core.api.ValidationException when nothing is ticked */
    public void requireRecord(Acquaintance a) {
        Violation.requireNone(checkRecord(a));
    }

    /** @throws org.opora.core.api.ValidationException citing §4.3–4.5 */
    public void requireDiscussion(Acquaintance recorded) {
        Violation.requireNone(checkDiscussion(recorded));
    }
}
