package org.opora.itest.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The methodological support of a teacher as the demo school's deputy director keeps it in Chromium (regulation 004):
 * he opens support for a subject teacher with a methodological and an organisational problem, records a lesson visit
 * with its analysis and a diagnosis entry, draws up the individual route with a checkpoint due today and records its
 * result, and writes the general conclusion: signing is refused while the second problem lacks its state after the
 * support, and goes through once it has it; the printed conclusion has the per-problem table and the verdict. Another
 * teacher opening the record by its address is refused and sees nothing of it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeacherSupportBrowserIT extends BrowserTestSupport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String PROBLEM_1 = "Не формулирует цели урока вместе с учащимися";
    private static final String PROBLEM_2 = "Нарушает сроки заполнения электронного журнала";

    private static String record;

    @Test
    @Order(1)
    void theDeputyOpensSupportWithTwoProblemsOfDifferentTypes() throws InterruptedException {
        browser.open(opora.url("/teacher-support"));
        browser.signIn("deputy", password("deputy"));
        browser.click("ts-open-record");
        chooseATeacherTheDemoDoesNotSupport();
        browser.choose("ts-opening-lead", "Кузнецов");
        browser.tick("ts-opening-forms", "Посещение и анализ урока");
        browser.tick("ts-opening-forms", "Консультация со специалистами");
        browser.choose("ts-problem-type-0", "Методические");
        browser.fill("ts-problem-text-0", PROBLEM_1);
        browser.click("ts-problem-row-add");
        browser.choose("ts-problem-type-1", "Организационные");
        browser.fill("ts-problem-text-1", PROBLEM_2);
        browser.click("ts-open-save");
        browser.await(By.id("ts-record-header"));
        record = browser.path();
        assertTrue(record.startsWith("/teacher-support/record/"), record);
        browser.awaitText(PROBLEM_2);
        browser.awaitText("Ведёт: Кузнецов Андрей Петрович");
    }

    @Test
    @Order(2)
    void theDeputyRecordsALessonVisitADiagnosisAndTheRouteWithACheckpoint() {
        browser.open(opora.url(record));
        browser.signIn("deputy", password("deputy"));
        browser.click("ts-tab-help");
        browser.click("ts-help-add");
        browser.choose("ts-help-form", "Посещение и анализ урока");
        browser.choose("ts-help-by", "Кузнецов");
        browser.fill("ts-help-topic", "Урок физики в 8 «А»");
        browser.fill("ts-help-content", "Цели урока не названы, этапы урока не связаны между собой");
        browser.fill("ts-help-recommendations", "Формулировать цели урока вместе с учащимися");
        browser.click("ts-help-save");
        browser.awaitText("Цели урока не названы");

        browser.click("ts-tab-diagnosis");
        browser.click("ts-diagnosis-add");
        browser.choose("ts-diagnosis-source", "Анализ уроков");
        browser.fill("ts-diagnosis-findings", "На двух посещённых уроках цели не сформулированы");
        browser.tick("ts-diagnosis-problems", "1. " + PROBLEM_1);
        browser.click("ts-diagnosis-save");
        browser.awaitText("На двух посещённых уроках цели не сформулированы");

        browser.click("ts-tab-route");
        browser.click("ts-route-edit");
        browser.tick("ts-route-focus-input", "практическая");
        browser.tick("ts-route-place-input", "в рамках школы");
        browser.fill("ts-route-basis-input", "Второй год работы в школе, запрос педагога на помощь в планировании");
        browser.date("ts-route-to", DAY.format(LocalDate.now().plusDays(60)));
        browser.click("ts-route-save");
        browser.click("ts-checkpoint-add");
        browser.choose("ts-checkpoint-kind", "Проведение открытого урока");
        browser.fill("ts-checkpoint-description", "Открытый урок с постановкой целей вместе с учащимися");
        browser.date("ts-checkpoint-due", DAY.format(LocalDate.now()));
        browser.click("ts-checkpoint-save");
        browser.await(By.cssSelector("[id^='ts-checkpoint-state-']"));
        browser.awaitText("наступает срок");
        String result = (String) browser.js("""
                return document.querySelector("[id^='ts-checkpoint-result-']").id;""");
        browser.click(result);
        browser.fill("ts-result-text", "Цели урока сформулированы вместе с учащимися");
        browser.fill("ts-result-evidence", "Анализ открытого урока");
        browser.click("ts-result-save");
        browser.awaitText("Цели урока сформулированы вместе с учащимися");
        browser.awaitText("пройден");
    }

    @Test
    @Order(3)
    void theConclusionIsSignedOnceEveryProblemHasItsStatesAndPrintsItsTable() throws Exception {
        browser.open(opora.url(record));
        browser.signIn("deputy", password("deputy"));
        browser.click("ts-tab-conclusion");
        outcome(0, "Цели урока не формулируются", "Цели формулируются вместе с учащимися");
        browser.tick("ts-conclusion-verdict", "успешным, эффективным");
        browser.tick("ts-conclusion-removed", "сняты полностью");
        browser.tick("ts-conclusion-needs", "не нуждается в сопровождении");
        browser.click("ts-conclusion-sign");
        browser.click("ts-sign-confirm");
        browser.awaitText("Для проблемы № 2 не указано состояние до начала или после завершения сопровождения");
        assertTrue(browser.present(By.id("ts-conclusion-draft")), "not signed");

        outcome(1, "Журнал заполняется с опозданием до двух недель", "Журнал заполняется в день урока");
        browser.click("ts-conclusion-sign");
        browser.click("ts-sign-confirm");
        browser.await(By.id("ts-conclusion-signed"));
        browser.awaitText("Завершено");

        byte[] pdf = browser.download("ts-conclusion-pdf");
        Files.write(Path.of("target", "teacher-support-conclusion.pdf"), pdf);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " "); // the table wraps its cells
        }
        assertTrue(text.contains("Общее заключение о результатах индивидуального сопровождения"), text);
        assertTrue(text.contains("Состояние проблемы до начала сопровождения"), "the table's header: " + text);
        assertTrue(text.contains("Журнал заполняется в день урока"), "the second problem's state after: " + text);
        assertTrue(text.contains("\u2612 успешным, эффективным"), "the verdict marked: " + text);
        assertFalse(text.contains("ПРОЕКТ"), "signed, no draft mark: " + text);
    }

    @Test
    @Order(4)
    void anotherTeacherIsRefusedTheRecordByItsAddress() {
        browser.open(opora.url(record));
        browser.signIn("teacher", password("teacher"));
        browser.await(By.id("ts-record-unavailable"));
        assertFalse(browser.bodyText().contains(PROBLEM_1), "nothing of the record is shown");
        assertFalse(browser.present(By.id("ts-record-tabs")));
        assertFalse(browser.bodyText().contains("teachersupport."), "no message key on the page");
    }

    /** Opens the row of the conclusion's table for the problem (0 for the first) and writes its states. */
    private void outcome(int index, String before, String after) {
        String edit = (String) browser.js("""
                return [...document.querySelectorAll("[id^='ts-outcome-edit-']")]
                    .map(e => e.id).filter((v, i, all) => all.indexOf(v) === i).sort()[arguments[0]];""", index);
        browser.click(edit);
        browser.fill("ts-outcome-before", before);
        browser.fill("ts-outcome-after", after);
        browser.fill("ts-outcome-method", "Анализ уроков");
        browser.fill("ts-outcome-conclusions", "Проблема снята");
        browser.click("ts-outcome-save");
        browser.awaitText(after);
    }

    /**
     * Picks the last subject teacher among the first page of the staff picker other than Морозова (the demo's
     * "teacher", refused below): the demo's own support records are of the first subject teachers by name, and a
     * teacher has one record in progress at a time.
     */
    private void chooseATeacherTheDemoDoesNotSupport() throws InterruptedException {
        browser.js("arguments[0].opened = true;", browser.await(By.id("ts-opening-teacher")));
        long until = System.currentTimeMillis() + 30_000;
        while (!Boolean.TRUE.equals(browser.js("""
                const items = [...document.querySelectorAll('vaadin-combo-box-item')]
                    .filter(i => i.textContent.includes('Учитель') && !i.textContent.includes('Морозова'));
                if (items.length < 4) return false;
                items[items.length - 1].click();
                return true;"""))) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("no subject teacher in the staff picker");
            }
            Thread.sleep(200);
        }
        browser.settle();
    }

    private static String password(String user) {
        try {
            return opora.demoPassword(user);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
