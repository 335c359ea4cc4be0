package org.opora.programmes.impl.internal.rules;

import java.util.Locale;

/**
 * The states of one version of a programme (regulation 002: the draft is discussed with the parents, who consent
 * or refuse; the director approves; the curator organises the activities; the consilium reviews the results and
 * decides to close, continue or change the programme). Defined here until the module's API holds it.
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
    /** Continued for a new period: a new version carries on, this one keeps the history. */
    EXTENDED,
    /** Changed after the review: a new version carries on, this one keeps the history. */
    CHANGED;

    /** {@code discussed-with-parents}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code programmes.state.discussed-with-parents}. */
    public String labelKey() {
        return "programmes.state." + code();
    }

    /** Whether the version is finished: closed, or superseded by a new version. */
    public boolean isFinal() {
        return this == CLOSED || this == EXTENDED || this == CHANGED;
    }

    /** Whether the version is approved and not finished: changing it needs the agreement of regulation 002/001. */
    public boolean isApprovedAndOpen() {
        return this == APPROVED || this == IN_PROGRESS || this == REVIEW;
    }
}
