package org.opora.itest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The consilium's procedure as the demo school's people go through it in Chromium: the class teacher of 7Б files a
 * referral about one of her pupils; the psychologist confirms it after the examination; the secretary creates an
 * unplanned meeting with that pupil on the agenda, records the decision, finalises the protocol and downloads it as
 * PDF. The teacher, who is not a member, follows her referral's status without the findings and cannot open a
 * meeting she does not take part in, even by its address.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsiliumBrowserIT extends BrowserTestSupport {

    private static final String FINDINGS = "Выявлены признаки тревожного состояния, рекомендована ИПС";

    private static String pupil;
    private static String otherMeeting;

    @BeforeAll
    static void demoMeetings() throws Exception {
        opora.awaitLog("Demo consilium created", Duration.ofMinutes(3));
    }

    @Test
    @Order(1)
    void aClassTeacherFilesAReferral() {
        browser.open(opora.url("/classes"));
        browser.signIn("teacher", password("teacher"));
        browser.awaitPath("/classes");
        browser.clickGridCell("classes-grid", "7Б");
        browser.awaitPath("/pupils");
        browser.awaitText("Найдено: ");
        browser.clickFirstGridRow("pupils-grid");
        pupil = browser.await(By.id("pupil-name")).getText();

        browser.open(opora.url("/consilium/referrals"));
        browser.click("referral-new");
        browser.choose("referral-pupil", pupil);
        browser.tick("referral-signs", "Кризисное состояние");
        browser.fill("referral-description", "На уроках замкнута, плачет, перестала выполнять задания.");
        browser.click("referral-save");
        browser.await(By.id("referrals-grid"));
        browser.awaitText(pupil);
    }

    @Test
    @Order(2)
    void thePsychologistConfirmsIt() {
        browser.open(opora.url("/"));
        browser.signIn("psychologist", password("psychologist"));
        browser.awaitText(pupil); // «Мои дела»: the referral awaits her examination
        browser.open(opora.url("/consilium/referrals"));
        browser.clickGridCell("referrals-grid", pupil);
        browser.fill("exam-findings", FINDINGS);
        browser.tick("exam-conclusion", "Подтверждено");
        browser.click("exam-save");
        browser.awaitText(FINDINGS);
    }

    @Test
    @Order(3)
    void theSecretaryHoldsAnUnplannedMeetingAndFinalisesItsProtocol() throws Exception {
        browser.open(opora.url("/consilium/meetings"));
        browser.signIn("socped", password("socped"));
        browser.awaitPath("/consilium/meetings");
        browser.clickFirstGridRow("meetings-grid"); // a demo meeting, to try as the teacher later
        browser.await(By.id("meeting-tab-agenda"));
        otherMeeting = browser.path();

        browser.open(opora.url("/consilium/meetings"));
        browser.click("meetings-new");
        browser.tick("meeting-kind", "Внеплановое");
        browser.fill("meeting-place", "Кабинет педагога-психолога, 105");
        browser.await(By.id("meeting-proposals"));
        browser.awaitText(pupil);
        browser.click("meeting-save");
        browser.await(By.id("meeting-tab-agenda"));
        String meeting = browser.path();
        assertTrue(meeting.startsWith("/consilium/meeting/"), meeting);

        browser.click("meeting-tab-agenda");
        keepOnlyOnTheAgenda(pupil); // the demo school's confirmed referral was proposed too
        browser.click("agenda-item-1");
        browser.chooseFirst("parent-invite");
        browser.click("parent-save");
        browser.fill("outcome-problems", "Тревожность, конфликт с одноклассниками");
        browser.fill("outcome-goal", "Стабилизация эмоционального состояния");
        browser.fill("outcome-tasks", "Снизить тревожность\nВосстановить отношения в классе");
        browser.fill("outcome-resources", "Поддержка матери, занятия в театральной студии");
        browser.tick("outcome-decisions", "Рекомендации педагогам и родителям");
        browser.fill("outcome-decision-text", "Рекомендовать щадящий режим опроса, консультации психолога");
        browser.click("outcome-save");

        browser.click("meeting-tab-protocol");
        browser.fill("protocol-conclusion", "Обучающаяся нуждается в психолого-педагогическом сопровождении.");
        browser.click("protocol-conclusion-save");
        browser.click("protocol-finalise");
        browser.click("protocol-finalise-dialog-confirm");
        browser.await(By.id("protocol-amend"));
        String title = browser.await(By.id("meeting-title")).getText(); // «Заседание ППк № 4 от 23.11.2026»
        String number = title.substring(title.indexOf("№ ") + 2, title.indexOf(" от "));
        Files.write(Path.of("target", "consilium-protocol.pdf"), browser.download("protocol-pdf"));

        String text = pdfText(Files.readAllBytes(Path.of("target", "consilium-protocol.pdf")));
        assertTrue(text.contains(pupil), text);
        assertTrue(text.contains(number), number + " in " + text);

        Files.write(Path.of("target", "consilium-extract.pdf"), browser.download("extract-pdf-1"));
        String extract = pdfText(Files.readAllBytes(Path.of("target", "consilium-extract.pdf")));
        assertTrue(extract.contains(pupil) && extract.contains(number), extract);
        assertTrue(extract.contains("ознакомлен"), "the parent's acknowledgement line: " + extract);
    }

    @Test
    @Order(4)
    void theTeacherSeesTheStatusButNeitherTheFindingsNorAnotherMeeting() {
        browser.open(opora.url("/consilium/referrals"));
        browser.signIn("teacher", password("teacher"));
        browser.await(By.id("referrals-grid"));
        browser.clickGridCell("referrals-grid", pupil);
        browser.awaitText("Рассмотрено");
        assertFalse(browser.bodyText().contains(FINDINGS));

        browser.open(opora.url(otherMeeting));
        browser.await(By.id("meeting-denied"));
        assertFalse(browser.present(By.id("meeting-tab-agenda")));
    }

    /**
     * The head of service opens «Отчёт о работе Службы» (000 §5.1.2): the year's sections of the installed modules,
     * the consilium's counting the meeting just held, each chart a picture the browser has drawn; the PDF has the
     * same sections in Cyrillic.
     */
    @Test
    @Order(5)
    void theHeadOfServiceReadsTheAnnualReportWithItsChartsAndPrintsIt() throws Exception {
        browser.open(opora.url("/service/report"));
        browser.signIn("head", password("head"));
        browser.await(By.id("service-report-section-core"));
        browser.await(By.id("service-report-section-consilium"));
        browser.await(By.id("service-report-section-programmes"));
        String consilium = browser.await(By.id("service-report-section-consilium")).getText();
        assertTrue(consilium.contains("Проведено заседаний (протокол подписан)"), consilium);
        Object charts = browser.js("""
                return [...document.querySelectorAll('#service-report img.service-report-chart')]
                    .filter(i => i.complete && i.naturalWidth > 0).length;""");
        assertTrue(((Number) charts).intValue() >= 3, "charts drawn: " + charts);
        browser.snapshot(Path.of("target", "service-report.png"));

        Files.write(Path.of("target", "service-report.pdf"), browser.download("service-report-pdf"));
        // a heading may wrap: compare with the line breaks as spaces
        String text = pdfText(Files.readAllBytes(Path.of("target", "service-report.pdf"))).replaceAll("\\s+", " ");
        for (String expected : new String[] {"Отчёт о работе Службы индивидуального сопровождения",
            "Обучающиеся, документы и взаимодействие с организациями", "Психолого-педагогический консилиум",
            "Проведено заседаний (протокол подписан)",
            "Программы индивидуального сопровождения и индивидуальные планы"}) {
            assertTrue(text.contains(expected), "missing «" + expected + "» in " + text);
        }
    }

    /**
     * Issue 19: a meeting dated 01.01.1900, with an impossible time and no place, is refused with every field marked
     * in words at once — the date naming the allowed range, never reaching the academic year's own limits — and no
     * meeting is created.
     */
    @Test
    @Order(6)
    void theMeetingFormMarksEveryBadFieldAtOnce() {
        browser.open(opora.url("/consilium/meetings"));
        browser.signIn("socped", password("socped"));
        browser.awaitPath("/consilium/meetings");
        Object before = browser.js("return document.getElementById('meetings-grid').size");
        browser.click("meetings-new");
        browser.await(By.id("meeting-place"));
        browser.tick("meeting-kind", "Внеплановое");
        browser.date("meeting-date", "01.01.1900");
        browser.js("document.getElementById('meeting-date').opened = false"); // its calendar would cover the rest
        browser.fill("meeting-time", "25:99");
        browser.fill("meeting-place", "");
        browser.click("meeting-save");
        for (String id : new String[] {"meeting-date", "meeting-time", "meeting-place"}) {
            assertEquals(Boolean.TRUE, browser.js("return document.getElementById(arguments[0]).invalid", id), id);
            String message = (String) browser.js("return document.getElementById(arguments[0]).errorMessage", id);
            assertTrue(message != null && !message.isBlank(), id + " is red without words");
        }
        String date = (String) browser.js("return document.getElementById('meeting-date').errorMessage");
        assertTrue(date.startsWith("Дата должна быть в пределах прошлого, текущего и следующего учебного года: с "),
                date);
        assertFalse(browser.bodyText().contains("внутренней ошибки"), "no internal error");
        browser.click("meeting-cancel");
        assertEquals(before, browser.js("return document.getElementById('meetings-grid').size"),
                "no meeting created");
    }

    /** Takes every other pupil off the agenda, as the secretary does with proposals she leaves for later. */
    private void keepOnlyOnTheAgenda(String name) {
        while (true) {
            Object other = browser.js("""
                    const item = [...document.querySelectorAll('[id^=agenda-item-]')]
                        .find(e => /^agenda-item-[0-9]+$/.test(e.id) && !e.textContent.includes(arguments[0]));
                    return item ? item.id.substring('agenda-item-'.length) : null;""", name);
            if (other == null) {
                return;
            }
            browser.click("agenda-remove-" + other);
            browser.click("agenda-remove-confirm");
        }
    }

    private static String password(String user) {
        try {
            return opora.demoPassword(user);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
