package org.opora.consilium.ui.internal.fake;

import java.util.List;

import org.opora.consilium.api.referral.Examination;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralDraft;
import org.opora.consilium.api.referral.ReferralQuery;
import org.opora.consilium.api.referral.ReferralService;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.ui.testing.Unexpected;

/** A referral service that fails the test on every call it does not override. */
public class FakeReferrals implements ReferralService {

    @Override
    public List<Referral> find(ReferralQuery query, int offset, int limit) {
        throw Unexpected.call("find");
    }

    @Override
    public int count(ReferralQuery query) {
        throw Unexpected.call("count");
    }

    @Override
    public Referral get(long referralId) {
        throw Unexpected.call("get");
    }

    @Override
    public Referral file(ReferralDraft draft) {
        throw Unexpected.call("file");
    }

    @Override
    public Referral acknowledge(long referralId, long version) {
        throw Unexpected.call("acknowledge");
    }

    @Override
    public Referral assignExaminer(long referralId, long version, Long staffId) {
        throw Unexpected.call("assignExaminer");
    }

    @Override
    public Referral recordExamination(long referralId, long version, Examination examination) {
        throw Unexpected.call("recordExamination");
    }

    @Override
    public Referral withdraw(long referralId, long version, String reason) {
        throw Unexpected.call("withdraw");
    }

    @Override
    public List<StaffMember> examiners() {
        throw Unexpected.call("examiners");
    }

    @Override
    public boolean canExamine(long referralId) {
        throw Unexpected.call("canExamine");
    }
}
