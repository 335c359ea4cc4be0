package org.opora.teachersupport.impl.internal.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.core.support.testing.PrintedText.text;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.opora.core.support.FieldChecks;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.print.testing.RenderedPdf;
import org.opora.teachersupport.api.TeacherSupportPermissions;
import org.opora.teachersupport.api.conclusion.Conclusion;
import org.opora.teachersupport.api.conclusion.ConclusionDraft;
import org.opora.teachersupport.api.conclusion.OutcomeDraft;
import org.opora.teachersupport.api.conclusion.ProblemOutcome;
import org.opora.teachersupport.api.conclusion.ProblemsRemoved;
import org.opora.teachersupport.api.conclusion.TeacherNeed;
import org.opora.teachersupport.api.conclusion.Verdict;
import org.opora.teachersupport.api.diagnosis.DiagnosisDraft;
import org.opora.teachersupport.api.help.EvidenceDraft;
import org.opora.teachersupport.api.help.EvidenceStage;
import org.opora.teachersupport.api.help.HelpDraft;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.api.route.CheckpointDraft;
import org.opora.teachersupport.impl.internal.record.RecordGate;
import org.opora.teachersupport.impl.internal.support.TeacherSupportTestSupport;

/**
 * The support card and the general conclusion printed from the records as the services keep them, through the
 * platform's renderer and read back: what the person holding the paper sees. The files stay in
 * {@code target/test-output}.
 */
class FormsTest extends TeacherSupportTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private static String pdf(PrintDocument doc, String file) throws IOException {
        try (PDDocument pdf = RenderedPdf.render(doc, file, RU)) {
            return RenderedPdf.text(pdf);
        }
    }

    @Test
    void theCardHasTheOpeningRecordOf004AndTheWorkDone() throws IOException {
        SupportRecord r = routedRecord();
        diagnosis.add(r.id(), new DiagnosisDraft("lesson-analysis", today().minusDays(20), methodologist.id(),
                "Lesson objectives are not stated", List.of(r.problems().get(0).id())));
        routes.addCheckpoint(r.id(), new CheckpointDraft("open-lesson", "Open lesson in 7B", today().minusDays(1)));
        help.record(r.id(), new HelpDraft("lesson-visit", today().minusDays(5), methodologist.id(), "", "Algebra 7B",
                "Objectives stated, pace too fast", "Plan the pace", null, ""));
        help.addEvidence(r.id(), new EvidenceDraft("feedback-pupils", EvidenceStage.DURING, today(),
                "Pupils say lessons are clearer", null));
        String text = pdf(cardForm.build(String.valueOf(r.id()), RU), "teachersupport-card.pdf");
        for (String expected : List.of("Индивидуальная карта сопровождения педагога", "ФИО учителя",
                "Morozova Anna Petrovna", "Решение о сопровождении принято (дата)",
                FieldChecks.day(today().minusDays(30)), "Индивидуальное сопровождение ведет", "Lebedeva Anna Petrovna",
                "В организации сопровождения принимают участие", "Belova Anna Petrovna",
                "Выявленные проблемы/трудности", "Методические", "Lesson objectives are not set",
                "Планируемые формы оказания помощи", "Посещение и анализ урока", "Анализ уроков",
                "практическая", "в рамках школы", "Проведение открытого урока", "просрочен",
                "Objectives stated, pace too fast", "Отзывы учащихся", "Ведущий сопровождение",
                "Для служебного пользования")) {
            assertTrue(text.replaceAll("\\s+", " ").contains(expected), expected + " in:\n" + text);
        }
    }

    @Test
    void theConclusionIsTheFormOf004WithSignaturesAndADraftMarkUntilSigned() throws IOException {
        SupportRecord r = openRecord();
        asLead();
        Conclusion c = conclusions.save(r.id(), r.version(), new ConclusionDraft(Verdict.PARTLY_SUCCESSFUL,
                ProblemsRemoved.NOT_REMOVED, "Discipline in the 7th grade", "Not enough time",
                Set.of(TeacherNeed.FURTHER_SUPPORT, TeacherNeed.PROFESSIONAL_DEVELOPMENT),
                "Classroom management course", "", "Mentoring"));
        String draft = text(conclusionForm.build(String.valueOf(r.id()), RU));
        assertTrue(draft.contains("ПРОЕКТ: заключение не подписано"), draft);
        for (ProblemOutcome o : c.outcomes()) {
            conclusions.saveOutcome(o.problemId(), o.version(), new OutcomeDraft("Before " + o.position(),
                    "After " + o.position(), "Lesson analysis", "Partly"));
        }
        conclusions.sign(r.id(), conclusions.conclusion(r.id()).version(), today());
        String text = pdf(conclusionForm.build(String.valueOf(r.id()), RU), "teachersupport-conclusion.pdf")
                .replaceAll("\\s+", " ");
        for (String expected : List.of("Общее заключение о результатах индивидуального сопровождения",
                "Состояние проблемы до начала сопровождения", "Способ диагностики результатов", "Выводы",
                "Before 1", "After 2", "1. Индивидуальное сопровождение можно считать:",
                "☒ не вполне успешным, недостаточно эффективным", "☐ успешным, эффективным",
                "☒ не сняты (указать проблемы): Discipline in the 7th grade", "☐ не снята ни одна проблема",
                "Not enough time", "☒ нуждается в повышении квалификации: Classroom management course",
                "☐ не нуждается в сопровождении", "Mentoring", "Ведущий сопровождение",
                "С заключением ознакомлен(а)", "Morozova Anna Petrovna")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        assertTrue(!text.contains("ПРОЕКТ"), "signed, no draft mark");
        assertTrue(text.contains("УТВЕРЖДАЮ") && text.contains("Deputy director ________________")
                && text.contains("Kuznetsov"), "the configured position and its one holder before the approval:\n"
                + text);

        security.signIn(new OporaUser("orlova", "Orlova Irina", Set.of("deputy"),
                Set.of(TeacherSupportPermissions.ACCESS), RU));
        conclusions.approve(r.id(), records.get(r.id()).version(), today());
        String approved = pdf(conclusionForm.build(String.valueOf(r.id()), RU), "teachersupport-conclusion-approved.pdf")
                .replaceAll("\\s+", " ");
        assertTrue(approved.contains("Orlova Irina") && approved.contains("Заключение утверждено "
                + today().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ": Deputy director"
                + " Orlova Irina"), approved);
    }

    @Test
    void theFormsAreReadThroughTheServicesWhichCheckAndJournal() {
        SupportRecord r = openRecord();
        asLead();
        cardForm.build(String.valueOf(r.id()), Locale.ENGLISH);
        audited("lebedeva", AuditAction.READ, RecordGate.RECORD, r.id());
        assertEquals(1, audit.entries().size(), "one read per person and record within a minute");
        signIn("sokolova", WORKER);
        assertThrows(AccessDeniedException.class, () -> conclusionForm.build(String.valueOf(r.id()), RU));
        audited("sokolova", AuditAction.REFUSED, RecordGate.RECORD, r.id());
        assertThrows(IllegalArgumentException.class, () -> cardForm.build("4242", RU));
        assertThrows(IllegalArgumentException.class, () -> cardForm.build("x", RU));
        assertEquals("teachersupport.card", cardForm.id());
        assertEquals("teachersupport.conclusion", conclusionForm.id());
    }
}
