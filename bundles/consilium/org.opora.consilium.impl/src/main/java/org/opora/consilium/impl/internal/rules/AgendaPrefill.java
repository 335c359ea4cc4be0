package org.opora.consilium.impl.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.opora.consilium.api.Decisions;
import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.link.AgendaReason;
import org.opora.consilium.api.referral.ReferralStatus;

/**
 * The pupils proposed for the agenda of a meeting (regulation 002: "if the state is confirmed, an unplanned
 * consilium is held"; "at the end of the programme a consilium analyses the results"): confirmed referrals not yet
 * scheduled, earlier decisions to discuss a pupil again whose date has come, and what installed modules propose.
 * A proposal made twice (same pupil, reason and reference) is kept once; a pupil already on the agenda of a meeting
 * in preparation for the same reason and reference is left out, and an overdue review also for any other reason.
 */
public final class AgendaPrefill {

    /** A referral as the pre-fill sees it. */
    public record Referred(long referralId, long pupilId, ReferralStatus status, String note, LocalDate due) {
    }

    /** A pupil's part of a finalised protocol: its day, decisions and review date. */
    public record Decided(long itemId, long pupilId, LocalDate meetingDate, List<String> decisions,
            LocalDate reviewBy, String sourceRef) {

        public Decided {
            decisions = List.copyOf(decisions);
            sourceRef = sourceRef == null ? "" : sourceRef;
        }
    }

    /** A pupil on the agenda of a meeting in preparation. */
    public record Scheduled(long pupilId, AgendaReason reason, Long referralId, String sourceRef) {

        public Scheduled {
            sourceRef = sourceRef == null ? "" : sourceRef;
        }
    }

    private AgendaPrefill() {
    }

    /** Proposals for the referrals that are confirmed; any other status is not proposed. */
    public static List<AgendaProposal> fromReferrals(List<Referred> referrals) {
        return referrals.stream().filter(r -> r.status() == ReferralStatus.CONFIRMED)
                .map(r -> new AgendaProposal(r.pupilId(), AgendaReason.REFERRAL, r.referralId(), "", r.note(),
                        r.due()))
                .toList();
    }

    /**
     * The decisions to review a pupil again whose date is on or before the day, unless the pupil was discussed
     * at a later finalised meeting.
     */
    public static List<Decided> overdue(List<Decided> finalised, LocalDate day) {
        List<Decided> due = new ArrayList<>();
        for (Decided d : finalised) {
            if (!d.decisions().contains(Decisions.REVIEW_AGAIN) || d.reviewBy() == null
                    || d.reviewBy().isAfter(day)) {
                continue;
            }
            boolean discussedLater = finalised.stream()
                    .anyMatch(o -> o.pupilId() == d.pupilId() && o.meetingDate().isAfter(d.meetingDate()));
            if (!discussedLater) {
                due.add(d);
            }
        }
        return due;
    }

    /** The proposals in the order given, without duplicates and without what is already scheduled. */
    public static List<AgendaProposal> merge(List<AgendaProposal> proposals, List<Scheduled> scheduled) {
        Set<String> seen = new HashSet<>();
        List<AgendaProposal> merged = new ArrayList<>();
        for (AgendaProposal p : proposals) {
            if (isScheduled(p, scheduled) || !seen.add(key(p.pupilId(), p.reason(), p.referralId(), p.sourceRef()))) {
                continue;
            }
            merged.add(p);
        }
        return merged;
    }

    private static boolean isScheduled(AgendaProposal p, List<Scheduled> scheduled) {
        for (Scheduled s : scheduled) {
            if (s.pupilId() != p.pupilId()) {
                continue;
            }
            if (p.reason() == AgendaReason.OVERDUE || key(s.pupilId(), s.reason(), s.referralId(), s.sourceRef())
                    .equals(key(p.pupilId(), p.reason(), p.referralId(), p.sourceRef()))) {
                return true;
            }
        }
        return false;
    }

    private static String key(long pupilId, AgendaReason reason, Long referralId, String sourceRef) {
        return pupilId + "|" + reason + "|" + (referralId != null ? "referral:" + referralId : sourceRef);
    }
}
