package org.opora.programmes.impl.internal.rules;

import java.util.List;

/**
 * Which variants of individual support the school keeps (settings {@code programmesEnabled} — individual support
 * programmes of regulation 002 — and {@code individualPlansEnabled} — individual plans of regulation 001). A new
 * record of a variant the school does not use is refused; existing records stay readable.
 */
public final class VariantRule {

    static final String PROGRAMMES_OFF = "programmes.rule.variant.programmesOff";
    static final String PLANS_OFF = "programmes.rule.variant.plansOff";

    private final boolean programmesEnabled;
    private final boolean individualPlansEnabled;

    public VariantRule(boolean programmesEnabled, boolean individualPlansEnabled) {
        this.programmesEnabled = programmesEnabled;
        this.individualPlansEnabled = individualPlansEnabled;
    }

    public boolean enabled(ProgrammeKind kind) {
        return kind == ProgrammeKind.PROGRAMME ? programmesEnabled : individualPlansEnabled;
    }

    public List<Violation> check(ProgrammeKind kind) {
        if (enabled(kind)) {
            return List.of();
        }
        return List.of(Violation.of("kind", kind == ProgrammeKind.PROGRAMME ? PROGRAMMES_OFF : PLANS_OFF));
    }

    /** @throws org.opora.core.api.ValidationException when the school does not keep this variant */
    public void require(ProgrammeKind kind) {
        Violation.requireNone(check(kind));
    }
}
