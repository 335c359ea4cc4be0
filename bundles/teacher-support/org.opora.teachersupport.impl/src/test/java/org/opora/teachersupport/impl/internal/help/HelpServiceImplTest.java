package org.opora.teachersupport.impl.internal.help;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.document.Attachment;
import org.opora.platform.api.audit.AuditAction;
import org.opora.teachersupport.api.help.CompetitionLevel;
import org.opora.teachersupport.api.help.Evidence;
import org.opora.teachersupport.api.help.EvidenceDraft;
import org.opora.teachersupport.api.help.EvidenceStage;
import org.opora.teachersupport.api.help.HelpDraft;
import org.opora.teachersupport.api.help.HelpEntry;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.api.record.SupportStatus;
import org.opora.teachersupport.impl.internal.support.TeacherSupportTestSupport;

class HelpServiceImplTest extends TeacherSupportTestSupport {

    @Test
    void helpIsRecordedAsItHappens() {
        SupportRecord r = openRecord();
        asLead();
        HelpEntry visit = help.record(r.id(), new HelpDraft("lesson-visit", today().minusDays(10), methodologist.id(),
                "", "Algebra, 7B", "Objectives not stated; pace too fast", "State objectives on the board", null,
                "ignored"));
        assertEquals(methodologist.name().full(), visit.providedBy());
        assertNull(visit.competitionLevel());
        assertEquals("", visit.competitionResult(), "only help for a competition has a result");
        audited("lebedeva", AuditAction.CREATE, HelpServiceImpl.HELP, visit.id());
        assertEquals(SupportStatus.IN_PROGRESS, records.get(r.id()).status());
        HelpEntry contest = help.record(r.id(), new HelpDraft("competition", today(), null,
                "Ivanova I. I., city methodological centre", "Teacher of the year", "", "", CompetitionLevel.CITY,
                ""));
        assertEquals("Ivanova I. I., city methodological centre", contest.providedBy());
        HelpEntry result = help.update(contest.id(), contest.version(), new HelpDraft("competition", today(), null,
                "Ivanova I. I.", "Teacher of the year", "", "", CompetitionLevel.CITY, "Laureate"));
        assertEquals("Laureate", result.competitionResult());
        conflict(() -> help.update(contest.id(), contest.version(), new HelpDraft("competition", today(), null,
                "Ivanova I. I.", "Teacher of the year", "", "", CompetitionLevel.CITY, "Winner")));
        assertEquals(2, help.help(r.id()).size());
    }

    @Test
    void theHelpIsChecked() {
        SupportRecord r = openRecord();
        asLead();
        refused("teachersupport.rule.analysisRequired", () -> help.record(r.id(), new HelpDraft("lesson-visit",
                today(), methodologist.id(), "", "Algebra", "", "", null, "")));
        refused("teachersupport.rule.levelRequired", () -> help.record(r.id(), new HelpDraft("competition", today(),
                methodologist.id(), "", "Contest", "", "", null, "")));
        refused("core.error.required", () -> help.record(r.id(), new HelpDraft("consultation", today(), null, "",
                "Contest", "", "", null, "")));
        refused("teachersupport.rule.beforeDecision", () -> help.record(r.id(), new HelpDraft("consultation",
                today().minusDays(40), methodologist.id(), "", "Talk", "", "", null, "")));
        assertEquals(0, UNIT.rows("HELP"));
    }

    @Test
    void evidenceKeepsItsFileWhichIsReadByTheRecordsReadersOnly() {
        SupportRecord r = openRecord();
        signIn("belova", WORKER);
        byte[] content = "before: 12 of 25 pupils".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Evidence e = help.addEvidence(r.id(), new EvidenceDraft("pupils-work-analysis", EvidenceStage.BEFORE,
                today().minusDays(25), "Test in 7B before the support", new Attachment("before.txt", "text/plain",
                        content)));
        assertTrue(e.hasFile());
        assertEquals(content.length, e.fileSize());
        assertEquals(psychologist.name().full(), e.addedBy());
        audited("belova", AuditAction.CREATE, HelpServiceImpl.EVIDENCE, e.id());
        Evidence noFile = help.addEvidence(r.id(), new EvidenceDraft("feedback-parents", EvidenceStage.DURING,
                today(), "Parents note calmer lessons", null));
        assertFalse(noFile.hasFile());
        assertArrayEquals(content, help.evidenceFile(e.id()).content());
        audited("belova", AuditAction.READ, HelpServiceImpl.EVIDENCE, e.id());
        assertThrows(NotFoundException.class, () -> help.evidenceFile(noFile.id()));
        signIn("sokolova", WORKER);
        refusedAndJournaled("sokolova", r.id(), () -> help.evidenceFile(e.id()));
    }

    @Test
    void anEvidenceFileLargerThanTheSettingIsRefused() {
        wire(Map.of("maxEvidenceFileKb", 1));
        SupportRecord r = openRecord();
        asLead();
        refused("teachersupport.rule.fileTooLarge", () -> help.addEvidence(r.id(), new EvidenceDraft("tests-analysis",
                EvidenceStage.AFTER, today(), "Test", new Attachment("t.pdf", "application/pdf", new byte[1025]))));
        refused("teachersupport.rule.unknownCode", () -> help.addEvidence(r.id(), new EvidenceDraft("gossip",
                EvidenceStage.AFTER, today(), "Test", null)));
        assertEquals(0, UNIT.rows("EVIDENCE"));
        assertEquals(0, UNIT.rows("EVIDENCE_FILE"));
    }

    @Test
    void anEvidenceFileOfATypeTheSchoolDoesNotAllowIsRefusedByTheCoresCheckAndItsNameLosesItsPath() {
        SupportRecord r = openRecord();
        asLead();
        refused("core.error.file.type", () -> help.addEvidence(r.id(), new EvidenceDraft("tests-analysis",
                EvidenceStage.AFTER, today(), "Test", new Attachment("results.exe", "application/pdf",
                        new byte[] {'M', 'Z'}))));
        assertEquals(0, UNIT.rows("EVIDENCE"));
        Evidence e = help.addEvidence(r.id(), new EvidenceDraft("tests-analysis", EvidenceStage.AFTER, today(),
                "Test", new Attachment("C:\\Users\\teacher\\results.pdf", "text/html", new byte[] {'%'})));
        assertEquals("results.pdf", help.evidenceFile(e.id()).fileName());
        assertEquals("application/pdf", help.evidenceFile(e.id()).contentType());
    }
}
