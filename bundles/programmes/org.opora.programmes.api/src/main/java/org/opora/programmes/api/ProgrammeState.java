package org.opora.programmes.api;

/**
 * Where a programme (or an individual plan) stands. The order of regulation 002: the draft is discussed with the
 * parents, who consent or refuse; the director approves; the programme is carried out, reviewed by the consilium
 * and closed, extended for a new period (a new revision) or changed.
 */
public enum ProgrammeState {
    DRAFT,
    DISCUSSED_WITH_PARENTS,
    CONSENT_GIVEN,
    CONSENT_REFUSED,
    APPROVED,
    IN_PROGRESS,
    REVIEW,
    CLOSED,
    /** Continued for a new period: the next revision carries on. */
    EXTENDED,
    /** Replaced by a changed revision. */
    CHANGED;

    /** Whether support is being given or prepared (not closed, not replaced by a later revision). */
    public boolean active() {
        return this != CLOSED && this != EXTENDED && this != CHANGED && this != CONSENT_REFUSED;
    }

    /** Whether the content is fixed: after approval it changes only as a new revision with the curator's agreement. */
    public boolean approved() {
        return compareTo(APPROVED) >= 0;
    }
}
