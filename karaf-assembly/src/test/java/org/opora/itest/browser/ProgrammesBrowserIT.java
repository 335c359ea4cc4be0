package org.opora.itest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A support programme as the demo school's people write it in Chromium: the psychologist drafts a
 * programme for a pupil at high suicide risk, sees that the chair of the consilium appoints the curator, is refused 3
 * months with the 6-month clause, corrects it, adds two tasks and a plan row for each (one for the social pedagogue)
 * and records the parents' consent; the chair of the consilium (the deputy) appoints the psychologist curator; the
 * director approves; the curator starts it; the social pedagogue, responsible for his row, marks it done with its result;
 * the PDF has the pupil, the row and the restriction mark. The class teacher cannot open the programme by its
 * address; the curator's reads are in the audit journal. The curator sends the programme to the consilium, whose
 * secretary records the decision to extend it to a named day and finalises the protocol: the programme is extended to
 * that day. The deputy, who coordinates the individual plans, finds an eligible pupil without a plan of the year
 * among her duties (001 §6.1); the row opens the pupil's plans, where the plan is started.
 * The head of service finds the rows under their directions of work (one chosen, one proposed) in «Работа
 * Службы по направлениям». The deputy, the coordinator of the demo's approved plan, records a consultation with a
 * direction of work (001 §4.6), starts the plan, writes its results and closes it with her analysis (§8.3.2); the
 * consultation is listed under its direction.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgrammesBrowserIT extends BrowserTestSupport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final LocalDate START = LocalDate.now();

    private static String pupil;
    private static String programme;
    /** The demo's approved plan, consulted, carried out and closed by its coordinator. */
    private static String consultedPlan;

    @Test
    @Order(1)
    void theCuratorDraftsAProgrammeAndIsHeldToTheSixMonthClause() {
        browser.open(opora.url("/pupils"));
        browser.signIn("psychologist", password("psychologist"));
        browser.awaitPath("/pupils");
        browser.awaitText("Найдено: ");
        browser.clickFirstGridRow("pupils-grid");
        pupil = browser.await(By.id("pupil-name")).getText();

        browser.open(opora.url("/programmes"));
        browser.click("programmes-new");
        browser.choose("programme-pupil", pupil);
        browser.click("programme-new-save");
        browser.await(By.id("programme-tab-form"));
        programme = browser.path();

        browser.fill("programme-grounds", "Суицидальные высказывания, конфликт с родителями");
        browser.fill("programme-diagnostics", "Высокий уровень тревожности и депрессивных проявлений");
        browser.fill("programme-goal", "Преодоление кризисного состояния");
        browser.click("programme-task-add");
        browser.fill("programme-task-1", "Снизить тревожность");
        browser.click("programme-task-add");
        browser.fill("programme-task-2", "Восстановить доверительные отношения в семье");
        browser.fill("programme-participants", "Классный руководитель, педагог-психолог, родители");
        browser.fill("programme-internal-resources", "Увлечение музыкой");
        browser.fill("programme-external-resources", "Поддержка бабушки");
        browser.fill("programme-expected-results", "Стабилизация эмоционального состояния");
        browser.fill("programme-criteria", "Оценка состояния обучающимся, родителями, классным руководителем");
        browser.date("programme-start", DAY.format(START));
        browser.date("programme-end", DAY.format(START.plusMonths(3).minusDays(1)));
        browser.tick("programme-directions", "Психологическая помощь");
        browser.choose("programme-risk-category", "Высокий суицидальный риск");
        browser.awaitText("Куратора ИПС назначает председатель консилиума");
        browser.click("programme-save");
        browser.awaitText("не менее 6 мес");

        browser.date("programme-end", DAY.format(START.plusMonths(6).minusDays(1)));
        browser.click("programme-save");
        browser.awaitText("Срок реализации: " + DAY.format(START) + " – " + DAY.format(START.plusMonths(6).minusDays(1)));

        browser.click("programme-tab-plan");
        browser.click("row-add");
        browser.await(By.id("row-activity"));
        browser.click("row-save"); // saved empty: every required field marked in words at once (issue 19)
        for (String id : new String[] {"row-activity", "row-task", "row-from"}) {
            assertEquals(Boolean.TRUE, browser.js("return document.getElementById(arguments[0]).invalid", id), id);
            String message = (String) browser.js("return document.getElementById(arguments[0]).errorMessage", id);
            assertTrue(message != null && !message.isBlank(), id + " is red without words");
        }
        browser.click("row-cancel");
        browser.click("row-add");
        browser.fill("row-activity", "Индивидуальная консультация педагога-психолога");
        browser.fill("row-form", "беседа");
        browser.select("row-task", "1. Снизить тревожность");
        browser.select("row-target", "Обучающийся");
        browser.fill("row-participants", "обучающийся, педагог-психолог");
        browser.choose("row-responsible", "Белов");
        browser.date("row-from", DAY.format(START));
        browser.fill("row-planned", "Снижение тревожности");
        browser.choose("row-work-direction", "Диагностика");
        browser.click("row-save");
        browser.awaitText("Индивидуальная консультация педагога-психолога");
        browser.awaitText("Направление деятельности: Диагностика");
        browser.click("row-add");
        browser.fill("row-activity", "Консультирование родителей по вопросам детско-родительских отношений");
        browser.select("row-task", "2. Восстановить доверительные отношения в семье");
        browser.select("row-target", "Родители (законные представители)");
        browser.fill("row-participants", "педагог-психолог, родители");
        browser.choose("row-responsible", "Волкова");
        browser.date("row-from", DAY.format(START.plusDays(14)));
        browser.fill("row-planned", "Родители знают признаки кризисного состояния");
        browser.click("row-save");
        browser.awaitText("Консультирование родителей по вопросам детско-родительских отношений");
        browser.awaitText("Направление деятельности: Консультирование");

        browser.click("programme-tab-lifecycle");
        browser.click("step-discussed");
        browser.fill("date-note", "Встречи с психологом после уроков, не во время физкультуры");
        browser.click("date-save");
        browser.awaitText("Встречи с психологом после уроков, не во время физкультуры"); // the parents' proposals
        browser.click("step-consent");
        browser.tick("consent-given", "Согласие");
        browser.chooseFirst("consent-representative");
        browser.click("consent-save");
        browser.awaitText("Согласие родителей получено: ");
    }

    @Test
    @Order(2)
    void theChairOfTheConsiliumAppointsTheCurator() {
        browser.open(opora.url(programme));
        browser.signIn("deputy", password("deputy"));
        browser.await(By.id("programme-tab-form"));
        browser.choose("programme-curator", "Волкова");
        browser.click("programme-curator-appoint");
        browser.awaitText("Куратор ИПС: Волкова");
        browser.click("programme-tab-lifecycle");
        browser.awaitText("Куратор назначен председателем консилиума");
    }

    @Test
    @Order(3)
    void theDirectorApproves() {
        browser.open(opora.url(programme));
        browser.signIn("director", password("director"));
        browser.await(By.id("programme-tab-lifecycle"));
        browser.click("programme-tab-lifecycle");
        browser.click("step-approve");
        browser.awaitText("Утверждает («УТВЕРЖДАЮ»): Директор — ");
        browser.click("date-save");
        browser.awaitText("Утверждено: ");
        browser.awaitText("Директор: утверждено ");
    }

    @Test
    @Order(4)
    void theCuratorStartsIt() {
        browser.open(opora.url(programme));
        browser.signIn("psychologist", password("psychologist"));
        browser.click("programme-tab-lifecycle");
        browser.click("step-start");
        browser.click("date-save");
        browser.awaitText("Реализуется: ");
    }

    @Test
    @Order(5)
    void theResponsibleSpecialistMarksTheActivityDoneAndThePdfHasIt() throws Exception {
        browser.open(opora.url(programme));
        browser.signIn("socped", password("socped"));
        browser.click("programme-tab-plan");
        browser.click("row-done-1");
        browser.fill("done-result", "Проведена консультация, тревожность снизилась");
        browser.click("done-save");
        browser.awaitText("Проведена консультация, тревожность снизилась");

        Files.write(Path.of("target", "programme.pdf"), browser.download("programme-pdf"));
        String text;
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(Path.of("target", "programme.pdf")))) {
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains(pupil), text);
        assertTrue(text.contains("Снижение") && text.contains("Проведена"), "the plan row with its result: " + text);
        String joined = text.replaceAll("\\s+", " ");
        assertTrue(joined.contains("Консультирование родителей"), "the second plan row, words whole: " + text);
        assertTrue(text.contains("Индивидуальная") && text.contains("консультация"), "whole words: " + text);
        for (String field : new String[] {"Направления помощи", "Психологическая помощь", "Категория риска",
            "Высокий суицидальный риск"}) {
            assertTrue(joined.contains(field), field + " in " + text);
        }
        assertTrue(text.contains("Для служебного пользования"), text);
        assertTrue(joined.contains("УТВЕРЖДАЮ Директор"), "the approving position of the school's chain: " + text);
    }

    @Test
    @Order(6)
    void theClassTeacherCannotOpenTheProgramme() {
        browser.open(opora.url(programme));
        browser.signIn("teacher", password("teacher"));
        browser.await(By.id("programme-denied"));
        assertTrue(!browser.present(By.id("programme-tab-form")));
    }

    @Test
    @Order(7)
    void theCuratorsReadIsInTheAuditJournal() {
        browser.open(opora.url("/admin/audit"));
        browser.signIn("admin", password("admin"));
        browser.fill("admin-audit-actor", "psychologist");
        browser.fill("admin-audit-type", "programmes.programme");
        browser.fill("admin-audit-record", programme.substring(programme.lastIndexOf('/') + 1));
        browser.click("admin-audit-search");
        browser.await(By.id("admin-audit-grid"));
        browser.awaitText("programmes.programme");
    }

    @Test
    @Order(8)
    void theCuratorSendsItToTheConsilium() {
        browser.open(opora.url(programme));
        browser.signIn("psychologist", password("psychologist"));
        browser.click("programme-tab-lifecycle");
        browser.click("step-review");
        browser.click("date-save");
        browser.awaitText("На рассмотрении консилиума");
    }

    @Test
    @Order(9)
    void theConsiliumsDecisionToExtendItChangesItsEnd() {
        LocalDate newEnd = START.plusMonths(9);
        browser.open(opora.url("/consilium/meetings"));
        browser.signIn("socped", password("socped"));
        browser.awaitPath("/consilium/meetings");
        browser.click("meetings-new");
        browser.tick("meeting-kind", "Внеплановое");
        browser.fill("meeting-place", "Кабинет педагога-психолога, 105");
        browser.await(By.id("meeting-proposals"));
        browser.awaitText(pupil);
        browser.click("meeting-save");
        browser.await(By.id("meeting-tab-agenda"));
        browser.click("meeting-tab-agenda");
        keepOnlyOnTheAgenda(pupil);
        browser.click("agenda-item-1");
        browser.chooseFirst("parent-invite");
        browser.click("parent-save");
        browser.fill("outcome-problems", "Тревожность снизилась, сохраняется конфликт в семье");
        browser.tick("outcome-decisions", "Продолжить сопровождение (продлить ИПС)");
        browser.fill("outcome-decision-text", "Продлить сопровождение до " + DAY.format(newEnd));
        browser.click("outcome-save");
        browser.click("meeting-tab-protocol");
        browser.fill("protocol-conclusion", "Сопровождение продолжить.");
        browser.click("protocol-conclusion-save");
        browser.click("protocol-finalise");
        browser.click("protocol-finalise-dialog-confirm");
        browser.await(By.id("protocol-amend"));
        browser.open(opora.url(programme));
        browser.awaitText("Продлено");
    }

    @Test
    @Order(10)
    void theCuratorFindsTheProgrammeExtendedToTheDecidedDay() {
        browser.open(opora.url("/programmes"));
        browser.signIn("psychologist", password("psychologist"));
        browser.awaitText(DAY.format(START.plusMonths(9)));
        browser.open(opora.url(programme));
        browser.click("programme-tab-lifecycle");
        browser.awaitText("Продлено");
    }

    @Test
    @Order(11)
    void anEligiblePupilWithoutAPlanIsTheCoordinatorsDutyWhoseRowOpensWhereThePlanIsStarted() {
        browser.open(opora.url("/"));
        browser.signIn("deputy", password("deputy"));
        browser.await(By.id("opora-duties"));
        browser.awaitText("Индивидуальный план не составлен: он обязателен для обучающегося (Положение об"
                + " индивидуальном сопровождении обучающихся, п. 6.1).");
        String home = browser.bodyText();
        browser.js("""
                [...document.querySelectorAll('a.opora-duty-link')]
                    .find(a => a.textContent.startsWith('Индивидуальный план не составлен')).click();""");
        browser.await(By.id("plans-grid"));
        assertTrue(browser.path().startsWith("/programmes/plans/"), browser.path());
        browser.await(By.id("programmes-tab-plans"));
        String chosen = (String) browser.js(
                "return document.getElementById('plans-pupil').querySelector('input').value");
        // the picker shows «Фамилия Имя Отчество, 3А»; the duty named the pupil «Фамилия И. О., 3А (…)»
        String[] words = chosen.split("[ ,]+");
        String initials = words[0] + " " + words[1].charAt(0) + ".";
        assertTrue(home.contains(initials), "the pupil of a duty is chosen: " + chosen + " in " + home);
    }

    /**
     * 000 §3: the direction chosen on the first row (diagnostics) and the one proposed for the parents' row
     * (counselling) are seen in «Работа Службы по направлениям», each under its own direction; a row opens its
     * programme.
     */
    @Test
    @Order(12)
    void theDirectionChosenOnARowIsSeenInTheServicesWorkByDirection() {
        browser.open(opora.url("/service/work"));
        browser.signIn("head", password("head"));
        browser.await(By.id("work-grid"));
        browser.date("work-from", DAY.format(START));
        browser.date("work-to", DAY.format(START.plusDays(14)));
        browser.choose("work-direction", "Диагностика");
        browser.awaitText("Индивидуальная консультация педагога-психолога");
        browser.awaitGone("Консультирование родителей по вопросам детско-родительских отношений");
        browser.click("work-count-counselling");
        browser.awaitText("Консультирование родителей по вопросам детско-родительских отношений");
        browser.awaitGone("Индивидуальная консультация педагога-психолога");
        browser.clickGridCell("work-grid", "Консультирование родителей по вопросам детско-родительских отношений");
        browser.await(By.id("programme-tab-form"));
        assertTrue(browser.path().startsWith("/programmes/programme/"), browser.path());
    }

    /**
     * 001 §4.6 and §8.3.2 on the demo's approved plan, as its coordinator (the deputy) works: a consultation with the
     * psychologist recorded with the direction «Диагностика», the plan started, its results written and the plan
     * closed with her analysis, all seen on the page; the head of service finds the consultation in «Работа Службы по
     * направлениям» under its direction.
     */
    @Test
    @Order(13)
    void theCoordinatorRecordsAConsultationAndCarriesOutAndClosesTheApprovedPlan() {
        String subject = "Консультация по результатам логопедического обследования";
        String results = "Звукопроизношение поставлено, темп чтения в норме";
        String analysis = "План выполнен: нагрузка в пределах нормы, цели достигнуты";
        browser.open(opora.url("/"));
        browser.signIn("deputy", password("deputy"));
        browser.await(By.id("opora-duties"));
        String plan = null;
        for (int id = 1; id <= 6 && plan == null; id++) {
            browser.open(opora.url("/programmes/plan/" + id));
            browser.await(By.id("plan"));
            if (Boolean.TRUE.equals(browser.js("return document.getElementById('plan-start') != null"))) {
                plan = "/programmes/plan/" + id;
            }
        }
        assertTrue(plan != null, "the demo's approved plan offers its coordinator «Начать реализацию»");

        browser.click("consultation-add");
        browser.choose("consultation-specialist", "Волкова");
        browser.chooseFirst("consultation-representative");
        browser.fill("consultation-subject", subject);
        browser.choose("consultation-direction", "Диагностика");
        browser.click("consultation-save");
        browser.awaitText("Консультация записана");
        browser.awaitText(subject);

        browser.click("plan-start");
        browser.click("date-save");
        browser.awaitText("Реализация начата");
        browser.click("plan-results");
        browser.fill("results-text", results);
        browser.click("results-save");
        browser.awaitText(results);
        browser.click("plan-close");
        browser.fill("date-note", analysis);
        browser.click("date-save");
        browser.awaitText(analysis);
        browser.awaitText("Анализ работы координатора");
        browser.awaitGone("Закрыть план");
        consultedPlan = plan;
    }

    /** The consultation of the plan closed above is seen under its direction of work and opens the plan. */
    @Test
    @Order(14)
    void theConsultationIsSeenInTheServicesWorkUnderItsDirection() {
        String subject = "Консультация по результатам логопедического обследования";
        browser.open(opora.url("/service/work"));
        browser.signIn("head", password("head"));
        browser.await(By.id("work-grid"));
        browser.date("work-from", DAY.format(START));
        browser.date("work-to", DAY.format(START));
        browser.choose("work-direction", "Диагностика");
        browser.awaitText(subject);
        browser.clickGridCell("work-grid", subject);
        browser.await(By.id("plan-consultations"));
        assertTrue(browser.path().equals(consultedPlan), browser.path());
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
}
