package org.opora.consilium.impl.internal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.opora.consilium.api.ConsiliumPermissions.ACCESS;
import static org.opora.consilium.api.ConsiliumPermissions.MEETING_MANAGE;
import static org.opora.consilium.api.ConsiliumPermissions.MEETING_READ_ALL;
import static org.opora.consilium.api.ConsiliumPermissions.REFERRAL_EXAMINE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.link.AgendaReason;
import org.opora.consilium.api.link.ProtocolListener;
import org.opora.consilium.api.link.ProtocolRef;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Amendment;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.consilium.api.meeting.PupilDiscussion;
import org.opora.consilium.api.meeting.Shortfall;
import org.opora.consilium.api.referral.Examination;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralDraft;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.core.api.ConflictException;
import org.opora.platform.api.audit.AuditAction;

/**
 * The protocol: the conclusion, what is missing, finalising (referrals discussed, modules told), amendments with a
 * reason, and the meetings that discussed a pupil; who may read and who may write.
 */
class ProtocolServiceImplTest extends MeetingTestSupport {

    @Test
    void aProtocolIsFinalisedOnlyWhenNothingIsMissing() {
        asChair();
        Meeting m = meeting();
        refused("consilium.error.noItems", () -> protocol.finalise(m.id(), m.version()));
        AgendaItem added = item(m.id());

        assertEquals(List.of("consilium.error.noDecision", "consilium.error.noConclusion"),
                protocol.shortfalls(m.id()).stream().map(Shortfall::messageKey).toList());
        refused("consilium.error.noDecision", () -> protocol.finalise(m.id(), m.version()));
        agenda.recordOutcome(added.id(), added.version(), outcome("recommendations"));
        Meeting concluded = protocol.recordConclusion(m.id(), m.version(), "Support at school");
        audited("belova", AuditAction.UPDATE, MEETING, m.id());
        assertThrows(ConflictException.class, () -> protocol.finalise(m.id(), m.version()));

        Meeting finalised = protocol.finalise(m.id(), concluded.version());

        assertEquals(MeetingStatus.FINALISED, finalised.status());
        assertEquals("finalised", audit.last().summary());
        audited("belova", AuditAction.UPDATE, MEETING, m.id());
    }

    @Test
    void aFinalisedProtocolChangesOnlyByAnAmendmentWithAReason() {
        asChair();
        Meeting m = meeting();
        AgendaItem added = item(m.id());
        AgendaItem recorded = agenda.recordOutcome(added.id(), added.version(), outcome("recommendations"));
        refused("consilium.error.notFinalised", () -> protocol.amendConclusion(m.id(), m.version(), "Other",
                "Typo"));
        Meeting concluded = protocol.recordConclusion(m.id(), m.version(), "Support at school");
        Meeting finalised = protocol.finalise(m.id(), concluded.version());

        refused("consilium.error.finalised", () -> protocol.recordConclusion(m.id(), finalised.version(), "New"));
        refused("consilium.error.finalised", () -> agenda.recordOutcome(recorded.id(), recorded.version(),
                outcome("programme-close")));
        refused("consilium.error.finalised", () -> item(m.id()));
        refused("consilium.error.finalised", () -> meetings.update(m.id(), finalised.version(),
                draft("15:00", "Room 1")));
        refused("consilium.error.amendment.reason", () -> protocol.amendConclusion(m.id(), finalised.version(),
                "Support at school and at home", " "));
        refused("consilium.error.amendment.nothing", () -> protocol.amendConclusion(m.id(), finalised.version(),
                "Support at school", "Typo"));
        assertEquals(0, UNIT.rows("AMENDMENT"));

        audit.clear();
        Meeting amended = protocol.amendConclusion(m.id(), finalised.version(), "Support at school and at home",
                "The family asked");
        assertEquals("Support at school and at home", amended.conclusion());
        assertEquals(MeetingStatus.FINALISED, amended.status());
        audited("belova", AuditAction.UPDATE, MEETING, m.id());
        assertThrows(ConflictException.class, () -> protocol.amendConclusion(m.id(), finalised.version(),
                "Again", "Stale"));

        AgendaItem amendedItem = protocol.amendOutcome(recorded.id(), recorded.version(),
                outcome("recommendations", "programme-close"), "Decision was missing");
        assertEquals(List.of("recommendations", "programme-close"), amendedItem.outcome().decisions());
        audited("belova", AuditAction.UPDATE, ITEM, recorded.id());
        refused("consilium.error.noDecision", () -> protocol.amendOutcome(recorded.id(), amendedItem.version(),
                outcome(), "Remove all"));

        List<Amendment> amendments = protocol.amendments(m.id());
        assertEquals(List.of("The family asked", "Decision was missing"),
                amendments.stream().map(Amendment::reason).toList());
        assertEquals(List.of("belova", "belova"), amendments.stream().map(Amendment::by).toList());
    }

    private static final String DISCUSSIONS = "consilium.pupil-discussions";

    @Test
    void aParticipantReadsTheProtocolButOnlyWhoKeepsTheMeetingWritesIt() {
        asChair();
        Meeting m = meeting();
        item(m.id());

        signIn("smirnova", ACCESS);
        assertEquals(List.of("consilium.error.noDecision", "consilium.error.noConclusion"),
                protocol.shortfalls(m.id()).stream().map(Shortfall::messageKey).toList());
        assertEquals(List.of(), protocol.amendments(m.id()));
        denied(MEETING_MANAGE, () -> protocol.recordConclusion(m.id(), m.version(), "Mine"));
        denied(MEETING_MANAGE, () -> protocol.finalise(m.id(), m.version()));
        signIn("kozlova", ACCESS);
        core.addStaff("Kozlova", "kozlova");
        denied(MEETING_READ_ALL, () -> protocol.shortfalls(m.id()));
        denied(MEETING_READ_ALL, () -> protocol.amendments(m.id()));

        asChair();
        assertEquals("", meetings.get(m.id()).conclusion());
        assertEquals(MeetingStatus.PREPARATION, meetings.get(m.id()).status());
    }

    @Test
    void onlyWhoKeepsAFinalisedProtocolAmendsIt() {
        asChair();
        Meeting m = finalised();
        AgendaItem decided = agenda.agenda(m.id()).get(0);

        signIn("smirnova", ACCESS);
        denied(MEETING_MANAGE, () -> protocol.amendConclusion(m.id(), m.version(), "Other", "Typo"));
        denied(MEETING_MANAGE, () -> protocol.amendOutcome(decided.id(), decided.version(),
                outcome("programme-close"), "Typo"));
        assertEquals(0, UNIT.rows("AMENDMENT"));
    }

    @Test
    void theMeetingsThatDiscussedAPupilAreThoseTheUserMayRead() {
        asChair();
        Meeting m = finalised();
        Meeting next = meeting();
        item(next.id());

        List<PupilDiscussion> discussed = protocol.discussionsOf(pupil.id());

        assertEquals(List.of(next.id(), m.id()), discussed.stream().map(PupilDiscussion::meetingId).toList());
        assertEquals(List.of("recommendations"), discussed.get(1).decisions());
        assertEquals(MeetingStatus.FINALISED, discussed.get(1).status());
        audited("belova", AuditAction.READ, DISCUSSIONS, pupil.id());

        signIn("kozlova", ACCESS);
        core.addStaff("Kozlova", "kozlova");
        assertEquals(List.of(), protocol.discussionsOf(pupil.id()), "neither a member nor involved");
        audited("kozlova", AuditAction.READ, DISCUSSIONS, pupil.id());
        signIn("director", ACCESS, MEETING_READ_ALL);
        assertEquals(2, protocol.discussionsOf(pupil.id()).size());
        signIn("stranger");
        denied(ACCESS, () -> protocol.discussionsOf(pupil.id()));
    }

    @Test
    void theListenersAreToldOfAFinalisedOrAmendedProtocolAndAFailingOneUndoesNothing() {
        List<List<ProtocolRef>> told = new ArrayList<>();
        outbox.addListener(refs -> {
            throw new IllegalStateException("listener down");
        });
        outbox.addListener(told::add);
        asChair();

        Meeting m = finalised();

        assertEquals(MeetingStatus.FINALISED, meetings.get(m.id()).status());
        assertEquals(1, told.size());
        assertEquals(List.of(pupil.id()), told.get(0).stream().map(ProtocolRef::pupilId).toList());
        assertEquals(List.of(List.of("recommendations")), told.get(0).stream().map(ProtocolRef::decisions).toList());
        protocol.amendConclusion(m.id(), m.version(), "Support at school and at home", "The family asked");
        assertEquals(2, told.size());
    }

    @Test
    void twoNodesOnOneDatabaseDeliverAWaitingDecisionOnceAndANodeThatDiedLeavesItToTheOther() throws Exception {
        boolean[] down = { true };
        java.util.concurrent.atomic.AtomicInteger applied = new java.util.concurrent.atomic.AtomicInteger();
        outbox.addListener(refs -> {
            if (down[0]) {
                throw new IllegalStateException("the programmes module is restarting");
            }
            applied.incrementAndGet();
        });
        ProtocolOutbox nodeB = new ProtocolOutbox(db, false);
        nodeB.addListener(refs -> applied.incrementAndGet());
        asChair();
        finalised();
        down[0] = false;
        java.time.Instant due = outbox.waiting().get(0).getNextAttemptAt().plusSeconds(1);

        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = nodes.submit(() -> {
                together.await();
                return outbox.deliverDue(due);
            });
            var b = nodes.submit(() -> {
                together.await();
                return nodeB.deliverDue(due);
            });
            assertEquals(1, a.get() + b.get(), "one node delivered it");
        } finally {
            nodes.shutdownNow();
        }
        assertEquals(1, applied.get(), "applied once");
        assertEquals(List.of(), outbox.waiting());

        down[0] = true;
        asChair();
        Meeting second = finalised();
        java.time.Instant at = outbox.waiting().get(0).getNextAttemptAt().plusSeconds(1);
        long row = outbox.waiting().get(0).getId();
        assertTrue(outbox.claim(row, at), "node A takes the row, then dies before trying it");
        assertEquals(0, nodeB.deliverDue(at.plusSeconds(60)), "node B leaves a claimed row alone");
        assertEquals(1, nodeB.deliverDue(at.plus(ProtocolOutbox.LEASE).plusSeconds(1)), "until the claim runs out");
        assertEquals(2, applied.get());
        assertTrue(meetings.get(second.id()).status() == MeetingStatus.FINALISED);
    }

    @Test
    void aDecisionAModuleCouldNotApplyWaitsInTheOutboxAndIsDeliveredAgainUntilApplied() {
        List<List<ProtocolRef>> told = new ArrayList<>();
        boolean[] down = { true };
        outbox.addListener(refs -> {
            if (down[0]) {
                throw new IllegalStateException("the programmes module is restarting");
            }
            told.add(refs);
        });
        asChair();

        Meeting m = finalised();

        assertEquals(MeetingStatus.FINALISED, meetings.get(m.id()).status(), "the protocol stands");
        var waiting = outbox.waiting();
        assertEquals(1, waiting.size(), "the decisions wait in the outbox written with the protocol");
        assertEquals(1, waiting.get(0).getAttempts());
        assertTrue(waiting.get(0).getLastError().contains("restarting"));
        assertEquals(0, outbox.deliverDue(), "not before the next attempt is due");
        java.time.Instant later = waiting.get(0).getNextAttemptAt().plusSeconds(1);
        assertEquals(0, outbox.deliverDue(later), "still down: tried and kept");
        assertEquals(2, outbox.waiting().get(0).getAttempts());
        assertTrue(outbox.waiting().get(0).getNextAttemptAt().isAfter(later.plusSeconds(4 * 60)),
                "the second wait is longer");

        down[0] = false;
        assertEquals(1, outbox.deliverDue(outbox.waiting().get(0).getNextAttemptAt()));
        assertEquals(List.of(pupil.id()), told.get(0).stream().map(ProtocolRef::pupilId).toList());
        assertEquals(List.of(), outbox.waiting(), "delivered once, then left alone");
        assertEquals(0, outbox.deliverDue(java.time.Instant.now().plusSeconds(86_400)));
        assertEquals(1, told.size());
    }

    @Test
    void theWaitsGrowToAnHour() {
        assertEquals(java.time.Duration.ofMinutes(1), ProtocolOutbox.backoff(1));
        assertEquals(java.time.Duration.ofMinutes(5), ProtocolOutbox.backoff(2));
        assertEquals(java.time.Duration.ofMinutes(15), ProtocolOutbox.backoff(3));
        assertEquals(java.time.Duration.ofHours(1), ProtocolOutbox.backoff(9));
    }

    @Test
    void finalisingTurnsTheScheduledReferralIntoADiscussedOne() {
        Referral filed = referrals.file(new ReferralDraft(pupil.id(), yesterday().minusDays(5), List.of("anxiety"),
                "Cries during every lesson"));
        signIn("belova", ACCESS, REFERRAL_EXAMINE);
        Referral confirmed = referrals.recordExamination(filed.id(), filed.version(),
                new Examination(LocalDate.now(), "Anxiety confirmed", true));
        Meeting m = meeting();
        AgendaItem added = agenda.addItem(m.id(), new AgendaProposal(pupil.id(), AgendaReason.REFERRAL,
                confirmed.id(), "", "", null));
        agenda.recordOutcome(added.id(), added.version(), outcome("recommendations"));
        Meeting concluded = protocol.recordConclusion(m.id(), m.version(), "Support at school");
        assertEquals(ReferralStatus.SCHEDULED, referrals.get(confirmed.id()).status());

        protocol.finalise(m.id(), concluded.version());

        assertEquals(ReferralStatus.DISCUSSED, referrals.get(confirmed.id()).status());
    }
}
