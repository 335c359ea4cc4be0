package org.opora.teachersupport.impl.internal.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opora.platform.api.audit.AuditAction;
import org.opora.teachersupport.api.TeacherSupportPermissions;
import org.opora.teachersupport.api.diagnosis.DiagnosisDraft;
import org.opora.teachersupport.api.record.Participant;
import org.opora.teachersupport.api.record.Problem;
import org.opora.teachersupport.api.record.ProblemDraft;
import org.opora.teachersupport.api.record.SupportDraft;
import org.opora.teachersupport.api.record.SupportQuery;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.api.record.SupportStatus;
import org.opora.teachersupport.api.record.SupportSummary;
import org.opora.teachersupport.impl.internal.support.TeacherSupportTestSupport;

class SupportServiceImplTest extends TeacherSupportTestSupport {

    @Test
    void theAdministrationOpensTheRecordAsRegulation004HasIt() {
        asDeputy();
        SupportRecord r = records.open(draft());
        assertEquals(teacher.id(), r.teacherId());
        assertEquals("Morozova Anna Petrovna", r.teacher());
        assertEquals(today().minusDays(30), r.decidedOn());
        assertEquals(methodologist.name().full(), r.lead());
        assertEquals(List.of(new Participant(psychologist.id(), psychologist.name().full())), r.participants());
        assertEquals(List.of("consultation", "lesson-visit"), r.plannedForms());
        assertEquals(SupportStatus.OPENED, r.status());
        assertEquals(deputy.name().full(), r.openedBy());
        assertTrue(r.keepable() && r.workable() && r.concludable());
        audited("kuznetsov", AuditAction.CREATE, RecordGate.RECORD, r.id());
    }

    @Test
    void aTeacherHasOneSupportNotConcludedAtATime() {
        openRecord();
        refused("teachersupport.error.openRecord", () -> records.open(draft()));
        assertEquals(1, UNIT.rows("SUPPORT_RECORD"));
    }

    @Test
    void theOpeningDataIsChecked() {
        asDeputy();
        refused("teachersupport.rule.leadType", () -> records.open(new SupportDraft(teacher.id(), today(),
                psychologist.id(), List.of(), List.of("consultation"), "")));
        refused("teachersupport.rule.leadIsTeacher", () -> records.open(new SupportDraft(otherTeacher.id(), today(),
                otherTeacher.id(), List.of(), List.of("consultation"), "")));
        refused("teachersupport.rule.participantIsTeacher", () -> records.open(new SupportDraft(teacher.id(),
                today(), methodologist.id(), List.of(teacher.id()), List.of("consultation"), "")));
        refused("core.error.required", () -> records.open(new SupportDraft(teacher.id(), today(),
                methodologist.id(), List.of(), List.of(), "")));
        refused("teachersupport.rule.unknownCode", () -> records.open(new SupportDraft(teacher.id(), today(),
                methodologist.id(), List.of(), List.of("excursion"), "")));
        refused("core.error.future", () -> records.open(new SupportDraft(teacher.id(), today().plusDays(1),
                methodologist.id(), List.of(), List.of("consultation"), "")));
        refused("teachersupport.error.staffUnknown", () -> records.open(new SupportDraft(4242, today(),
                methodologist.id(), List.of(), List.of("consultation"), "")));
        assertEquals(0, UNIT.rows("SUPPORT_RECORD"));
    }

    @Test
    void onlyTheAdministrationDecidesToSupportATeacher() {
        asLead();
        denied(TeacherSupportPermissions.MANAGE, () -> records.open(draft()));
        signIn("nobody");
        denied(TeacherSupportPermissions.ACCESS, () -> records.find(SupportQuery.all(), 0, 10));
        signIn("khudyakov", DIRECTOR);
        assertEquals(SupportStatus.OPENED, records.open(draft()).status());
    }

    @Test
    void theLeadParticipantsAndAdministrationReadOthersAreRefusedAndJournaled() {
        SupportRecord r = openRecord();
        asLead();
        assertTrue(records.get(r.id()).keepable());
        audited("lebedeva", AuditAction.READ, RecordGate.RECORD, r.id());
        signIn("belova", WORKER);
        SupportRecord seen = records.get(r.id());
        assertFalse(seen.keepable(), "a participant records the work, the lead keeps the record");
        assertTrue(seen.workable());
        signIn("khudyakov", DIRECTOR);
        assertTrue(records.canRead(r.id()));
        signIn("sokolova", WORKER);
        refusedAndJournaled("sokolova", r.id(), () -> records.get(r.id()));
        assertFalse(records.canRead(r.id()));
        assertEquals(List.of(), records.ofTeacher(teacher.id()));
    }

    @Test
    void theTeacherReadsTheirOwnRecordOnlyWhenTheSchoolSaysSo() {
        SupportRecord r = openRecord();
        signIn("morozova", WORKER);
        refusedAndJournaled("morozova", r.id(), () -> records.get(r.id()));
        assertEquals(0, records.count(SupportQuery.all()));
        wire(Map.of("teacherReadsOwnRecord", true));
        signIn("morozova", WORKER);
        SupportRecord own = records.get(r.id());
        assertFalse(own.keepable() || own.workable() || own.concludable(), "the teacher only reads");
        audited("morozova", AuditAction.READ, RecordGate.RECORD, r.id());
        refusedAndJournaled("morozova", r.id(), () -> diagnosis.add(r.id(), new DiagnosisDraft("interview",
                today(), teacher.id(), "Self-assessment", List.of())));
    }

    @Test
    void openingTheRecordPageIsOneReadInTheJournalAndEveryRefusalIsJournaled() {
        SupportRecord r = openRecord();
        asLead();
        records.get(r.id());
        diagnosis.entries(r.id());
        routes.route(r.id());
        routes.checkpoints(r.id());
        help.help(r.id());
        help.evidence(r.id());
        conclusions.conclusion(r.id());
        assertEquals(1, audit.entries().size(), audit.entries().toString());
        signIn("sokolova", WORKER);
        refusedAndJournaled("sokolova", r.id(), () -> routes.route(r.id()));
        refusedAndJournaled("sokolova", r.id(), () -> conclusions.conclusion(r.id()));
        assertEquals(2, audit.entries().size());
    }

    @Test
    void theListHoldsTheRecordsTheCallerMayRead() {
        SupportRecord r = openRecord();
        records.open(new SupportDraft(otherTeacher.id(), today().minusDays(3), deputy.id(), List.of(),
                List.of("route"), ""));
        assertEquals(2, records.count(SupportQuery.all()));
        assertEquals(List.of("Sokolova Anna Petrovna"), names(records.find(new SupportQuery("soko", null, false), 0,
                10)));
        assertEquals(List.of("Sokolova Anna Petrovna"), names(records.find(new SupportQuery("", null, true), 0, 10)),
                "the deputy leads Sokolova's support");
        assertEquals(1, records.find(SupportQuery.all(), 1, 10).size());
        asLead();
        List<SupportSummary> mine = records.find(SupportQuery.all(), 0, 10);
        assertEquals(List.of("Morozova Anna Petrovna"), names(mine));
        assertEquals(2, mine.get(0).problems());
        assertEquals(List.of(r.id()), records.ofTeacher(teacher.id()).stream().map(SupportSummary::id).toList());
        assertEquals(0, records.count(new SupportQuery("", SupportStatus.CONCLUDED, false)));
    }

    private static List<String> names(List<SupportSummary> found) {
        return found.stream().map(SupportSummary::teacher).toList();
    }

    @Test
    void theLeadCorrectsTheOpeningRecordFromAFreshCopyOnly() {
        SupportRecord r = openRecord();
        asLead();
        SupportDraft changed = new SupportDraft(teacher.id(), today().minusDays(20), methodologist.id(),
                List.of(psychologist.id(), deputy.id()), List.of("route"), "");
        SupportRecord updated = records.update(r.id(), r.version(), changed);
        assertEquals(2, updated.participants().size());
        audited("lebedeva", AuditAction.UPDATE, RecordGate.RECORD, r.id());
        conflict(() -> records.update(r.id(), r.version(), changed));
        refused("teachersupport.error.teacherFixed", () -> records.update(r.id(), updated.version(),
                new SupportDraft(otherTeacher.id(), today(), methodologist.id(), List.of(), List.of("route"), "")));
        diagnosis.add(r.id(), new DiagnosisDraft("interview", today().minusDays(15), methodologist.id(), "Talk",
                List.of()));
        long version = records.get(r.id()).version();
        refused("teachersupport.rule.decidedAfterWork", () -> records.update(r.id(), version,
                new SupportDraft(teacher.id(), today().minusDays(10), methodologist.id(), List.of(),
                        List.of("route"), "")));
        signIn("belova", WORKER);
        refusedAndJournaled("belova", r.id(), () -> records.update(r.id(), version, changed));
    }

    @Test
    void problemsAreNumberedCorrectedAndRemovedWhileNoDiagnosisConcernsThem() {
        SupportRecord r = openRecord();
        asLead();
        Problem third = records.addProblem(r.id(), new ProblemDraft("psychological-pedagogical", "Anxiety"));
        assertEquals(3, third.position());
        refused("teachersupport.rule.unknownCode", () -> records.addProblem(r.id(), new ProblemDraft("medical", "X")));
        refused("core.error.required", () -> records.addProblem(r.id(), new ProblemDraft("methodological", " ")));
        Problem first = r.problems().get(0);
        Problem corrected = records.updateProblem(first.id(), first.version(),
                new ProblemDraft("general-pedagogical", "Objectives"));
        assertEquals("general-pedagogical", corrected.difficultyType());
        conflict(() -> records.updateProblem(first.id(), first.version(), new ProblemDraft("methodological", "Y")));
        diagnosis.add(r.id(), new DiagnosisDraft("lesson-analysis", today(), methodologist.id(), "No objectives",
                List.of(first.id())));
        refused("teachersupport.error.problemInUse", () -> records.removeProblem(first.id(), corrected.version()));
        Problem second = r.problems().get(1);
        records.removeProblem(second.id(), second.version());
        audited("lebedeva", AuditAction.DELETE, SupportServiceImpl.PROBLEM, second.id());
        assertEquals(List.of(1, 2), records.get(r.id()).problems().stream().map(Problem::position).toList());
    }
}
