package org.opora.consilium.impl.internal.fake;

import java.util.ArrayList;
import java.util.List;

import org.opora.consilium.api.referral.Examination;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralDraft;
import org.opora.consilium.api.referral.ReferralQuery;
import org.opora.consilium.api.referral.ReferralService;
import org.opora.core.api.staff.StaffMember;

/** A referral service over a list for the duties' tests; the queries it was asked are recorded. */
public class FakeReferrals implements ReferralService {

    public final List<Referral> referrals = new ArrayList<>();
    public final List<ReferralQuery> queries = new ArrayList<>();
    public boolean fail;

    @Override
    public List<Referral> find(ReferralQuery query, int offset, int limit) {
        queries.add(query);
        if (fail) {
            throw new IllegalStateException("database down");
        }
        return referrals.stream().filter(r -> query.status() == null || r.status() == query.status())
                .skip(offset).limit(limit).toList();
    }

    @Override
    public int count(ReferralQuery query) {
        return find(query, 0, Integer.MAX_VALUE).size();
    }

    @Override
    public Referral get(long referralId) {
        throw unexpected();
    }

    @Override
    public Referral file(ReferralDraft draft) {
        throw unexpected();
    }

    @Override
    public Referral acknowledge(long referralId, long version) {
        throw unexpected();
    }

    @Override
    public Referral assignExaminer(long referralId, long version, Long staffId) {
        throw unexpected();
    }

    @Override
    public Referral recordExamination(long referralId, long version, Examination examination) {
        throw unexpected();
    }

    @Override
    public Referral withdraw(long referralId, long version, String reason) {
        throw unexpected();
    }

    @Override
    public List<StaffMember> examiners() {
        throw unexpected();
    }

    @Override
    public boolean canExamine(long referralId) {
        throw unexpected();
    }

    private static AssertionError unexpected() {
        return new AssertionError("not expected in this test");
    }
}
