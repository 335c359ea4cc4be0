package org.opora.teachersupport.impl.internal.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.platform.api.audit.AuditAction;
import org.opora.teachersupport.api.diagnosis.DiagnosisDraft;
import org.opora.teachersupport.api.diagnosis.DiagnosisEntry;
import org.opora.teachersupport.api.record.ProblemDraft;
import org.opora.teachersupport.api.record.SupportDraft;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.api.record.SupportStatus;
import org.opora.teachersupport.impl.internal.support.TeacherSupportTestSupport;

class DiagnosisServiceImplTest extends TeacherSupportTestSupport {

    @Test
    void theFirstDiagnosisPutsTheRecordInProgress() {
        SupportRecord r = openRecord();
        long problem = r.problems().get(0).id();
        signIn("belova", WORKER);
        DiagnosisEntry e = diagnosis.add(r.id(), new DiagnosisDraft("pupil-questionnaire-monitoring",
                today().minusDays(20), psychologist.id(), "Pupils find the lessons unclear", List.of(problem)));
        assertEquals(psychologist.name().full(), e.conductedBy());
        assertEquals(List.of(problem), e.problemIds());
        audited("belova", AuditAction.CREATE, DiagnosisServiceImpl.ENTRY, e.id());
        assertEquals(SupportStatus.IN_PROGRESS, records.get(r.id()).status());
        DiagnosisEntry corrected = diagnosis.update(e.id(), e.version(), new DiagnosisDraft("interview",
                today().minusDays(19), psychologist.id(), "Talk", List.of()));
        assertEquals("interview", corrected.source());
        conflict(() -> diagnosis.update(e.id(), e.version(), new DiagnosisDraft("interview", today(),
                psychologist.id(), "Talk", List.of())));
        assertEquals(1, diagnosis.entries(r.id()).size());
    }

    @Test
    void theEntryIsChecked() {
        SupportRecord r = openRecord();
        asLead();
        refused("teachersupport.rule.unknownCode", () -> diagnosis.add(r.id(), new DiagnosisDraft("horoscope",
                today(), methodologist.id(), "X", List.of())));
        refused("teachersupport.rule.beforeDecision", () -> diagnosis.add(r.id(), new DiagnosisDraft("interview",
                today().minusDays(31), methodologist.id(), "X", List.of())));
        refused("core.error.future", () -> diagnosis.add(r.id(), new DiagnosisDraft("interview",
                today().plusDays(1), methodologist.id(), "X", List.of())));
        refused("core.error.required", () -> diagnosis.add(r.id(), new DiagnosisDraft("interview", today(),
                methodologist.id(), "", List.of())));
        asDeputy();
        SupportRecord other = records.open(new SupportDraft(otherTeacher.id(), today(), deputy.id(), List.of(),
                List.of("route"), ""));
        long foreign = records.addProblem(other.id(), new ProblemDraft("organisational", "Paperwork")).id();
        asLead();
        refused("teachersupport.error.problemUnknown", () -> diagnosis.add(r.id(), new DiagnosisDraft("interview",
                today(), methodologist.id(), "X", List.of(foreign))));
        assertEquals(0, UNIT.rows("DIAGNOSIS"));
        assertEquals(SupportStatus.OPENED, records.get(r.id()).status(), "a refused entry starts nothing");
    }

    @Test
    void onlyThoseWhoWorkOnTheRecordDiagnose() {
        SupportRecord r = openRecord();
        signIn("sokolova", WORKER);
        refusedAndJournaled("sokolova", r.id(), () -> diagnosis.add(r.id(), new DiagnosisDraft("interview", today(),
                otherTeacher.id(), "X", List.of())));
        refusedAndJournaled("sokolova", r.id(), () -> diagnosis.entries(r.id()));
        signIn("khudyakov", DIRECTOR);
        diagnosis.add(r.id(), new DiagnosisDraft("journal-analysis", today(), director.id(), "Marks are rare",
                List.of()));
        assertEquals(1, UNIT.rows("DIAGNOSIS"));
    }
}
