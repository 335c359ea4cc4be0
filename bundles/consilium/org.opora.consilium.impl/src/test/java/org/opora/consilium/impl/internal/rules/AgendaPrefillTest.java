package org.opora.consilium.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.consilium.api.Decisions;
import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.link.AgendaReason;
import org.opora.consilium.api.referral.ReferralStatus;

class AgendaPrefillTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 12);

    @Test
    void confirmedReferralsInOthersOut() {
        List<AgendaProposal> p = AgendaPrefill.fromReferrals(List.of(
                new AgendaPrefill.Referred(1, 10, ReferralStatus.CONFIRMED, "n", null),
                new AgendaPrefill.Referred(2, 11, ReferralStatus.NOT_CONFIRMED, "n", null),
                new AgendaPrefill.Referred(3, 12, ReferralStatus.FILED, "n", null),
                new AgendaPrefill.Referred(4, 13, ReferralStatus.SCHEDULED, "n", null)));
        assertEquals(1, p.size());
        assertEquals(AgendaReason.REFERRAL, p.get(0).reason());
        assertEquals(1L, p.get(0).referralId());
    }

    @Test
    void overdueReviewsUnlessDiscussedLater() {
        List<AgendaPrefill.Decided> finalised = List.of(
                new AgendaPrefill.Decided(1, 10, DAY.minusMonths(3), List.of(Decisions.REVIEW_AGAIN), DAY, ""),
                new AgendaPrefill.Decided(2, 11, DAY.minusMonths(3), List.of(Decisions.REVIEW_AGAIN),
                        DAY.minusDays(1), ""),
                new AgendaPrefill.Decided(3, 11, DAY.minusMonths(1), List.of(Decisions.RECOMMENDATIONS), null, ""),
                new AgendaPrefill.Decided(4, 12, DAY.minusMonths(3), List.of(Decisions.REVIEW_AGAIN),
                        DAY.plusDays(1), ""),
                new AgendaPrefill.Decided(5, 13, DAY.minusMonths(3), List.of(Decisions.RECOMMENDATIONS),
                        DAY.minusDays(5), ""));
        assertEquals(List.of(1L), AgendaPrefill.overdue(finalised, DAY).stream()
                .map(AgendaPrefill.Decided::itemId).toList());
    }

    @Test
    void sourcesMergedDuplicatesAndScheduledDropped() {
        List<AgendaProposal> all = new ArrayList<>();
        all.add(new AgendaProposal(10, AgendaReason.REFERRAL, 1L, "", "", null));
        all.add(new AgendaProposal(11, AgendaReason.REFERRAL, 2L, "", "", null));
        all.add(new AgendaProposal(12, AgendaReason.OVERDUE, null, "", "", DAY));
        all.add(new AgendaProposal(13, AgendaReason.PROGRAMME_REVIEW, null, "programme:4", "", DAY));
        all.add(new AgendaProposal(13, AgendaReason.PROGRAMME_REVIEW, null, "programme:4", "again", DAY));
        all.add(new AgendaProposal(13, AgendaReason.PROGRAMME_REVIEW, null, "programme:5", "", DAY));
        all.add(new AgendaProposal(14, AgendaReason.MONITORING, null, "survey:1", "", null));
        List<AgendaPrefill.Scheduled> scheduled = List.of(
                new AgendaPrefill.Scheduled(11, AgendaReason.REFERRAL, 2L, ""),
                new AgendaPrefill.Scheduled(12, AgendaReason.OTHER, null, ""),
                new AgendaPrefill.Scheduled(14, AgendaReason.MONITORING, null, "survey:2"));
        List<AgendaProposal> merged = AgendaPrefill.merge(all, scheduled);
        assertEquals(List.of("10|REFERRAL|", "13|PROGRAMME_REVIEW|programme:4", "13|PROGRAMME_REVIEW|programme:5",
                "14|MONITORING|survey:1"), merged.stream().map(p -> p.pupilId() + "|" + p.reason() + "|"
                        + p.sourceRef()).toList());
    }
}
