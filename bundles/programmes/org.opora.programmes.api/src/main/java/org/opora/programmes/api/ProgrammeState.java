package org.opora.programmes.api;

import java.util.Locale;

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
    /** Continued for a new period: the next revision carries on, this one keeps the history. */
    EXTENDED,
    /** Replaced by a changed revision, which carries on; this one keeps the history. */
    CHANGED;

    /** The state as a code in lower case with hyphens, e.g. {@code discussed-with-parents}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The key of the state's label in the module's messages, e.g. {@code programmes.state.discussed-with-parents};
     * the implementation bundle carries the labels in both languages.
     */
    public String labelKey() {
        return "programmes.state." + code();
    }

    /** Whether the revision is finished: closed, or superseded by a newer revision. */
    public boolean isFinal() {
        return this == CLOSED || this == EXTENDED || this == CHANGED;
    }

    /** Whether the revision is approved and not finished: changing it needs the agreement the regulations name. */
    public boolean isApprovedAndOpen() {
        return this == APPROVED || this == IN_PROGRESS || this == REVIEW;
    }

    /** Whether support is being given or prepared (not closed, not replaced by a later revision). */
    public boolean active() {
        return this != CLOSED && this != EXTENDED && this != CHANGED && this != CONSENT_REFUSED;
    }

    /** Whether the content is fixed: after approval it changes only as a new revision with the curator's agreement. */
    public boolean approved() {
        return compareTo(APPROVED) >= 0;
    }
}
