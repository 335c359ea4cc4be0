package org.opora.programmes.impl.internal.rules;

import static org.opora.programmes.api.ProgrammeState.APPROVED;
import static org.opora.programmes.api.ProgrammeState.CHANGED;
import static org.opora.programmes.api.ProgrammeState.CLOSED;
import static org.opora.programmes.api.ProgrammeState.CONSENT_GIVEN;
import static org.opora.programmes.api.ProgrammeState.CONSENT_REFUSED;
import static org.opora.programmes.api.ProgrammeState.DISCUSSED_WITH_PARENTS;
import static org.opora.programmes.api.ProgrammeState.DRAFT;
import static org.opora.programmes.api.ProgrammeState.EXTENDED;
import static org.opora.programmes.api.ProgrammeState.IN_PROGRESS;
import static org.opora.programmes.api.ProgrammeState.REVIEW;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.opora.programmes.api.ProgrammeState;

/**
 * The way of one version of a programme (regulation 002: the curator acquaints the parents with the draft, the
 * parents consent to it or refuse, the director approves it (the form's "UTVERZHDAYU" block), it is carried out, and the consilium
 * held on its results decides to close it, to continue it for a new period or to change it):
 * DRAFT → DISCUSSED_WITH_PARENTS → CONSENT_GIVEN | CONSENT_REFUSED; CONSENT_GIVEN → APPROVED; APPROVED →
 * IN_PROGRESS → REVIEW → CLOSED | EXTENDED | CHANGED; after a refusal a new discussion (→ DISCUSSED_WITH_PARENTS)
 * or CLOSED. EXTENDED and CHANGED end this version: the new version starts its own way. When the school does not
 * require consent before the start ({@code consentRequiredBeforeStart} off), a discussed draft may also be approved
 * directly.
 */
public final class Lifecycle {

    static final String TRANSITION = "programmes.rule.lifecycle.transition";

    private final Map<ProgrammeState, Set<ProgrammeState>> next = new EnumMap<>(ProgrammeState.class);

    public Lifecycle(boolean consentRequired) {
        for (ProgrammeState s : ProgrammeState.values()) {
            next.put(s, EnumSet.noneOf(ProgrammeState.class));
        }
        next.get(DRAFT).add(DISCUSSED_WITH_PARENTS);
        next.get(DISCUSSED_WITH_PARENTS).addAll(List.of(CONSENT_GIVEN, CONSENT_REFUSED));
        if (!consentRequired) {
            next.get(DISCUSSED_WITH_PARENTS).add(APPROVED);
        }
        next.get(CONSENT_GIVEN).add(APPROVED);
        next.get(CONSENT_REFUSED).addAll(List.of(DISCUSSED_WITH_PARENTS, CLOSED));
        next.get(APPROVED).add(IN_PROGRESS);
        next.get(IN_PROGRESS).add(REVIEW);
        next.get(REVIEW).addAll(List.of(CLOSED, EXTENDED, CHANGED));
    }

    public boolean allowed(ProgrammeState from, ProgrammeState to) {
        return next.get(from).contains(to);
    }

    /** The states the version may move to next; empty for a finished one. */
    public Set<ProgrammeState> next(ProgrammeState from) {
        Set<ProgrammeState> states = next.get(from);
        return states.isEmpty() ? Set.of() : EnumSet.copyOf(states);
    }

    /**
     * @param label the label of a state in the user's language, for the message
     */
    public List<Violation> check(ProgrammeState from, ProgrammeState to, Function<ProgrammeState, String> label) {
        return allowed(from, to) ? List.of()
                : List.of(Violation.of("state", TRANSITION, label.apply(from), label.apply(to)));
    }

    /** @throws org.opora.core.api.ValidationException naming both states when the move is not allowed */
    public void require(ProgrammeState from, ProgrammeState to, Function<ProgrammeState, String> label) {
        Violation.requireNone(check(from, to, label));
    }
}
