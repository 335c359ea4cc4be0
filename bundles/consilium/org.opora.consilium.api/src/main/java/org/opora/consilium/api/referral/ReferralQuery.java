package org.opora.consilium.api.referral;

/**
 * Which referrals to list. The result is always limited to what the current user may see: their own referrals,
 * the ones assigned to them or awaiting any examiner (examiners), or all (the administration).
 *
 * @param scope   what to list
 * @param status  only this status, or {@code null} for all
 * @param pupilId only this pupil, or {@code null}
 */
public record ReferralQuery(Scope scope, ReferralStatus status, Long pupilId) {

    /** What to list. */
    public enum Scope {
        /** The referrals the user filed. */
        MINE,
        /** Referrals awaiting an examination the user may record. */
        TO_EXAMINE,
        /** Everything the user may see. */
        ALL
    }

    public ReferralQuery {
        scope = scope == null ? Scope.ALL : scope;
    }

    public static ReferralQuery of(Scope scope) {
        return new ReferralQuery(scope, null, null);
    }
}
