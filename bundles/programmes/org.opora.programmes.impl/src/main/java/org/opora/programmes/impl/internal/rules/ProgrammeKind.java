package org.opora.programmes.impl.internal.rules;

/**
 * The two variants of individual support a school may keep (setting {@code programmesEnabled} and
 * {@code individualPlansEnabled}). Defined here until the module's API holds it.
 */
public enum ProgrammeKind {
    /** An individual support programme (IPS) of regulation 002, drafted on the consilium. */
    PROGRAMME,
    /** An individual plan of support (ISO) of regulation 001, drafted with the parents. */
    INDIVIDUAL_PLAN;

    /** {@code programme}, {@code individual-plan}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
