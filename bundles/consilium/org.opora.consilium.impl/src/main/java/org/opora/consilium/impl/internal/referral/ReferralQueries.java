package org.opora.consilium.impl.internal.referral;

import java.util.List;

import org.opora.consilium.api.referral.ReferralQuery;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.consilium.impl.internal.rules.ReferralVisibility;
import org.opora.core.support.Caller;
import org.opora.platform.persistence.QueryFilter;

/** The conditions of a referral list: the query's scope, status and pupil, within what the user may see. */
final class ReferralQueries {

    private ReferralQueries() {
    }

    static QueryFilter filter(ReferralQuery q, Caller who, ReferralVisibility viewer) {
        QueryFilter f = new QueryFilter();
        switch (q.scope()) {
            case MINE -> f.and("r.filedBy = :me", "me", who.login());
            case TO_EXAMINE -> {
                f.and("r.status = :filed", "filed", ReferralStatus.FILED);
                if (!who.isSystem()) {
                    f.and("(r.examinerId is null or r.examinerId = :examiner)", "examiner", who.staffId());
                }
            }
            default -> {
                if (!viewer.seesAll()) {
                    f.and("r.filedBy = :me", "me", who.login());
                }
            }
        }
        if (q.status() != null) {
            status(f, q.status(), viewer.findings());
        }
        return f.andIf(q.pupilId(), "r.pupilId = :pupil", "pupil");
    }

    /** For a reader without the findings, "confirmed" stands for both results and "not confirmed" for none. */
    private static void status(QueryFilter f, ReferralStatus status, boolean findings) {
        if (findings) {
            f.and("r.status = :status", "status", status);
        } else if (status == ReferralStatus.NOT_CONFIRMED) {
            f.and("r.id is null");
        } else if (status == ReferralStatus.CONFIRMED) {
            f.and("r.status in :statuses", "statuses", List.of(ReferralStatus.CONFIRMED,
                    ReferralStatus.NOT_CONFIRMED));
        } else {
            f.and("r.status = :status", "status", status);
        }
    }
}
