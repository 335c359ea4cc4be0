package org.opora.teachersupport.impl.internal.conclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.duty.Duty;
import org.opora.platform.api.security.OporaUser;
import org.opora.teachersupport.api.TeacherSupportPermissions;
import org.opora.teachersupport.api.conclusion.Conclusion;
import org.opora.teachersupport.api.conclusion.ConclusionDraft;
import org.opora.teachersupport.api.conclusion.OutcomeDraft;
import org.opora.teachersupport.api.conclusion.ProblemOutcome;
import org.opora.teachersupport.api.conclusion.ProblemsRemoved;
import org.opora.teachersupport.api.conclusion.TeacherNeed;
import org.opora.teachersupport.api.conclusion.Verdict;
import org.opora.teachersupport.api.diagnosis.DiagnosisDraft;
import org.opora.teachersupport.api.record.ProblemDraft;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.api.record.SupportStatus;
import org.opora.teachersupport.impl.internal.record.RecordGate;
import org.opora.teachersupport.impl.internal.support.TeacherSupportTestSupport;

class ConclusionServiceImplTest extends TeacherSupportTestSupport {

    private static final ConclusionDraft PARTLY = new ConclusionDraft(Verdict.PARTLY_SUCCESSFUL,
            ProblemsRemoved.PARTLY, "", "Discipline needs more time", Set.of(TeacherNeed.FURTHER_SUPPORT,
                    TeacherNeed.PROFESSIONAL_DEVELOPMENT), "Course on classroom management", "",
            "Mentoring by an experienced teacher");

    /** A record in progress with the answers written and the first problem's row. */
    private SupportRecord inProgress() {
        SupportRecord r = openRecord();
        asLead();
        diagnosis.add(r.id(), new DiagnosisDraft("lesson-analysis", today().minusDays(20), methodologist.id(),
                "Objectives missing", List.of(r.problems().get(0).id())));
        Conclusion c = conclusions.conclusion(r.id());
        ProblemOutcome first = c.outcomes().get(0);
        conclusions.saveOutcome(first.problemId(), first.version(), new OutcomeDraft("No objectives",
                "Objectives in every lesson", "Lesson analysis", "Removed"));
        return records.get(r.id());
    }

    @Test
    void theConclusionCannotBeSignedUntilEveryProblemHasItsStateBeforeAndAfter() {
        SupportRecord r = inProgress();
        Conclusion c = conclusions.save(r.id(), r.version(), PARTLY);
        audited("lebedeva", AuditAction.UPDATE, RecordGate.RECORD, r.id());
        assertEquals(List.of("teachersupport.rule.outcomeMissing"), c.missing());
        assertEquals(2, refused("teachersupport.rule.outcomeMissing",
                () -> conclusions.sign(r.id(), c.version(), today())).params()[0]);
        assertEquals(SupportStatus.IN_PROGRESS, records.get(r.id()).status());

        ProblemOutcome second = c.outcomes().get(1);
        ProblemOutcome written = conclusions.saveOutcome(second.problemId(), second.version(),
                new OutcomeDraft("Noise in 7B", "Calmer, not yet stable", "Observation", "Partly removed"));
        assertTrue(written.complete());
        conflict(() -> conclusions.saveOutcome(second.problemId(), second.version(), new OutcomeDraft("a", "b", "",
                "")));
        Conclusion ready = conclusions.conclusion(r.id());
        assertEquals(List.of(), ready.missing());
        Conclusion signed = conclusions.sign(r.id(), ready.version(), today());
        audited("lebedeva", AuditAction.UPDATE, RecordGate.RECORD, r.id());
        assertTrue(signed.signed());
        assertEquals(methodologist.name().full(), signed.signedBy());
        SupportRecord concluded = records.get(r.id());
        assertEquals(SupportStatus.CONCLUDED, concluded.status());
        assertEquals(today(), concluded.concludedOn());
        assertFalse(concluded.keepable() || concluded.workable() || concluded.concludable());
        assertEquals(null, concluded.nextId(), "another route was not asked for");
    }

    @Test
    void aConcludedRecordIsReadOnly() {
        SupportRecord r = inProgress();
        Conclusion c = conclusions.save(r.id(), r.version(), new ConclusionDraft(Verdict.SUCCESSFUL,
                ProblemsRemoved.FULLY, "", "", Set.of(TeacherNeed.NONE), "", "", ""));
        ProblemOutcome second = c.outcomes().get(1);
        conclusions.saveOutcome(second.problemId(), second.version(), new OutcomeDraft("Noise", "Calm", "", ""));
        conclusions.sign(r.id(), conclusions.conclusion(r.id()).version(), today());
        long version = records.get(r.id()).version();
        refused("teachersupport.error.concluded", () -> diagnosis.add(r.id(), new DiagnosisDraft("interview", today(),
                methodologist.id(), "X", List.of())));
        refused("teachersupport.error.concluded", () -> records.addProblem(r.id(), new ProblemDraft("methodological",
                "X")));
        refused("teachersupport.error.concluded", () -> conclusions.save(r.id(), version, PARTLY));
        refused("teachersupport.error.concluded", () -> conclusions.sign(r.id(), version, today()));
    }

    @Test
    void theAnswersAreConsistentAndSignedByTheLeadOrTheAdministrationOnly() {
        SupportRecord r = inProgress();
        refused("teachersupport.rule.noneAlone", () -> conclusions.save(r.id(), r.version(), new ConclusionDraft(
                Verdict.SUCCESSFUL, ProblemsRemoved.FULLY, "", "", Set.of(TeacherNeed.NONE,
                        TeacherNeed.FURTHER_SUPPORT), "", "", "")));
        refused("core.error.future", () -> conclusions.sign(r.id(), r.version(), today().plusDays(1)));
        signIn("belova", WORKER);
        refusedAndJournaled("belova", r.id(), () -> conclusions.save(r.id(), r.version(), PARTLY));
    }

    @Test
    void anotherRouteOpensALinkedRecordForTheTeacher() {
        SupportRecord r = inProgress();
        Conclusion c = conclusions.save(r.id(), r.version(), new ConclusionDraft(Verdict.NOT_EFFECTIVE,
                ProblemsRemoved.NOT_REMOVED, "Discipline in the 7th grade", "Frequent absence of the teacher",
                Set.of(TeacherNeed.ANOTHER_ROUTE), "", "The school route did not fit: courses outside the school",
                "Courses and a mentor"));
        ProblemOutcome second = c.outcomes().get(1);
        conclusions.saveOutcome(second.problemId(), second.version(), new OutcomeDraft("Noise", "Noise", "", ""));
        Conclusion signed = conclusions.sign(r.id(), conclusions.conclusion(r.id()).version(), today());
        long next = signed.nextRecordId();
        // both are journaled in the signature's transaction: the new record, then the signature
        assertEquals(List.of("lebedeva CREATE " + next, "lebedeva UPDATE " + r.id()), audit.entries().stream()
                .skip(audit.entries().size() - 2L).map(e -> e.actor() + " " + e.action() + " " + e.recordId())
                .toList());
        SupportRecord route = records.get(next);
        assertEquals(SupportStatus.OPENED, route.status());
        assertEquals(r.id(), route.previousId());
        assertEquals(teacher.id(), route.teacherId());
        assertEquals(today(), route.decidedOn());
        assertEquals(r.lead(), route.lead());
        assertEquals(r.participants(), route.participants());
        assertEquals(List.of("Lesson objectives are not set", "Discipline in the 7th grade"),
                route.problems().stream().map(p -> p.description()).toList());
        assertEquals("The school route did not fit: courses outside the school", route.plannedNote());
        assertEquals(next, records.get(r.id()).nextId());
    }

    @Test
    void theSignedConclusionIsApprovedOnceByAHolderOfTheChainsRole() {
        SupportRecord r = inProgress();
        OporaUser approver = new OporaUser("orlova", "Orlova Irina", Set.of("deputy"),
                Set.of(TeacherSupportPermissions.ACCESS), Locale.ENGLISH);
        security.signIn(approver);
        refused("teachersupport.error.notSigned", () -> conclusions.approve(r.id(), r.version(), today()));
        refusedAndJournaled("orlova", r.id(), () -> conclusions.conclusion(r.id()));

        asLead();
        Conclusion c = conclusions.save(r.id(), r.version(), new ConclusionDraft(Verdict.SUCCESSFUL,
                ProblemsRemoved.FULLY, "", "", Set.of(TeacherNeed.NONE), "", "", ""));
        ProblemOutcome second = c.outcomes().get(1);
        conclusions.saveOutcome(second.problemId(), second.version(), new OutcomeDraft("Noise", "Calm", "", ""));
        conclusions.sign(r.id(), conclusions.conclusion(r.id()).version(), today().minusDays(2));
        long version = records.get(r.id()).version();
        refusedAndJournaled("lebedeva", r.id(), () -> conclusions.approve(r.id(), version, today()));
        ApprovalStep open = conclusions.approval(r.id());
        assertFalse(open.isTaken());
        assertEquals("Deputy director", open.position());
        assertEquals(List.of("Kuznetsov"), open.holders());

        security.signIn(approver);
        assertTrue(conclusions.conclusion(r.id()).signed(), "the approver reads what they approve");
        List<Duty> duties = this.duties.dutiesOf(approver, Locale.ENGLISH);
        assertEquals(List.of("teacher-support/record/" + r.id()), duties.stream().map(Duty::route).toList());
        assertTrue(duties.get(0).title().contains(r.teacher()), duties.toString());
        refused("teachersupport.rule.approvedBeforeSigned", () -> conclusions.approve(r.id(), version,
                today().minusDays(3)));
        refused("core.error.future", () -> conclusions.approve(r.id(), version, today().plusDays(1)));

        ApprovalStep taken = conclusions.approve(r.id(), version, today());
        audited("orlova", AuditAction.UPDATE, RecordGate.RECORD, r.id());
        assertEquals(List.of("deputy", "Deputy director", "orlova", "Orlova Irina", today()), List.of(taken.role(),
                taken.position(), taken.by(), taken.byName(), taken.date()));
        refused("teachersupport.error.approved", () -> conclusions.approve(r.id(), records.get(r.id()).version(),
                today()));
        assertEquals(List.of(), this.duties.dutiesOf(approver, Locale.ENGLISH));

        wire(java.util.Map.of("conclusionApprovalChain", new String[] {"approve: director = Director"}));
        asDeputy();
        assertEquals("Deputy director", conclusions.approval(r.id()).position(),
                "a change of the chain does not change what was approved");
    }
}
