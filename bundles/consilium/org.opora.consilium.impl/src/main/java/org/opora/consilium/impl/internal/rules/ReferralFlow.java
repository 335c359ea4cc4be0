package org.opora.consilium.impl.internal.rules;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.core.api.ValidationException;

/**
 * The way of a referral (regulation 002: a teacher informs the administration and refers the pupil to the
 * psychologist for an additional examination; if confirmed, an unplanned consilium is held): filed, then examined
 * (confirmed or not), a confirmed one scheduled on an agenda (and back when taken off it), discussed once the
 * protocol is finalised. Only a referral not yet examined is withdrawn. The referring teacher does not see the
 * psychologist's conclusion, so both results read as "examined" to them.
 */
public final class ReferralFlow {

    private static final Map<ReferralStatus, Set<ReferralStatus>> NEXT = new EnumMap<>(ReferralStatus.class);

    static {
        NEXT.put(ReferralStatus.FILED,
                EnumSet.of(ReferralStatus.CONFIRMED, ReferralStatus.NOT_CONFIRMED, ReferralStatus.WITHDRAWN));
        NEXT.put(ReferralStatus.CONFIRMED, EnumSet.of(ReferralStatus.SCHEDULED));
        NEXT.put(ReferralStatus.SCHEDULED, EnumSet.of(ReferralStatus.CONFIRMED, ReferralStatus.DISCUSSED));
        NEXT.put(ReferralStatus.NOT_CONFIRMED, EnumSet.noneOf(ReferralStatus.class));
        NEXT.put(ReferralStatus.DISCUSSED, EnumSet.noneOf(ReferralStatus.class));
        NEXT.put(ReferralStatus.WITHDRAWN, EnumSet.noneOf(ReferralStatus.class));
    }

    private ReferralFlow() {
    }

    public static boolean allowed(ReferralStatus from, ReferralStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** @throws ValidationException naming why the referral cannot move to the status */
    public static void require(ReferralStatus from, ReferralStatus to) {
        if (allowed(from, to)) {
            return;
        }
        String key = switch (to) {
            case WITHDRAWN -> "consilium.error.referral.notWithdrawable";
            case CONFIRMED, NOT_CONFIRMED -> "consilium.error.referral.notAwaitingExamination";
            case SCHEDULED -> "consilium.error.referral.notConfirmed";
            default -> "consilium.error.referral.status";
        };
        throw new ValidationException("status", key);
    }

    /** The status after the examination. */
    public static ReferralStatus examined(boolean confirmed) {
        return confirmed ? ReferralStatus.CONFIRMED : ReferralStatus.NOT_CONFIRMED;
    }

    /** The status shown to a reader: the true one, or the public one for who may not see the findings. */
    public static ReferralStatus shownAs(ReferralStatus status, boolean findingsVisible) {
        return findingsVisible ? status : status.publicStatus();
    }

    /** Whether the administration can still acknowledge the referral: filed and not acknowledged yet. */
    public static boolean acknowledgeable(ReferralStatus status, boolean acknowledged) {
        return !acknowledged && status != ReferralStatus.WITHDRAWN;
    }
}
