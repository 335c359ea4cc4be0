package org.opora.consilium.api.referral;

/** Where a referral stands. */
public enum ReferralStatus {
    /** Filed by the teacher; the pupil awaits the additional examination. */
    FILED,
    /** Examined; the signs were confirmed: an unplanned meeting is proposed. */
    CONFIRMED,
    /** Examined; the signs were not confirmed. The referral is closed. */
    NOT_CONFIRMED,
    /** On the agenda of a meeting not yet finalised. */
    SCHEDULED,
    /** Discussed at a meeting whose protocol is finalised. */
    DISCUSSED,
    /** Withdrawn by the one who filed it or by the administration, with a reason, before the examination. */
    WITHDRAWN;

    /**
     * The status as the referring teacher sees it: the examination's conclusion is the psychologist's finding and
     * stays hidden, so both conclusions read as {@link #CONFIRMED}'s neutral "examined" to them.
     */
    public ReferralStatus publicStatus() {
        return this == NOT_CONFIRMED ? CONFIRMED : this;
    }
}
