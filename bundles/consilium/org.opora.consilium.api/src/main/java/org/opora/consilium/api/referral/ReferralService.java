package org.opora.consilium.api.referral;

import java.util.List;

import org.opora.core.api.staff.StaffMember;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Referrals. Filing needs {@code consilium.referral.file}; acknowledging and assigning an examiner
 * {@code consilium.referral.receive}; the examination {@code consilium.referral.examine} and a staff record of one of
 * the configured examiner types. Every read of a referral with its findings is audited.
 */
@ProviderType
public interface ReferralService {

    /** Referrals matching the query that the user may see, newest first. */
    List<Referral> find(ReferralQuery query, int offset, int limit);

    int count(ReferralQuery query);

    /**
     * One referral; the findings only for who may see them.
     *
     * @throws org.opora.platform.api.security.AccessDeniedException for a user who may not see it at all
     */
    Referral get(long referralId);

    /** Files a referral for the current user; the administration sees it in "my duties". */
    Referral file(ReferralDraft draft);

    /** The administration takes note of the referral. */
    Referral acknowledge(long referralId, long version);

    /** The administration refers the pupil to a given psychologist (an examiner); {@code null} for any. */
    Referral assignExaminer(long referralId, long version, Long staffId);

    /**
     * Records the additional examination: {@link ReferralStatus#CONFIRMED} or {@link ReferralStatus#NOT_CONFIRMED}.
     *
     * @throws org.opora.core.api.ValidationException when the referral is not awaiting an examination, or for
     *                                                bad data
     */
    Referral recordExamination(long referralId, long version, Examination examination);

    /** Withdraws a referral not yet examined, with a reason (by the one who filed it or the administration). */
    Referral withdraw(long referralId, long version, String reason);

    /** The staff who may examine (the configured examiner types with a platform account), by name. */
    List<StaffMember> examiners();

    /** Whether the current user may record the examination of this referral now. */
    boolean canExamine(long referralId);
}
