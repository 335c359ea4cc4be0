package org.opora.itest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * opora-core as the demo school's people use it in Chromium: a class teacher finds a pupil of her class by name,
 * opens the card and changes a representative's phone, which is still there after a reload; a deputy's import of
 * a file with one bad row is refused with that row's error, and nothing of the file is stored; the head of service
 * finds herself in the staff list and opens her staff card, which names her office and bodies; the class teacher
 * reads the pupils of the classes she leads or teaches in, not a first-grader's card the head of service opens, and
 * her refused attempt is in «Журнал аудита»; the psychologist records her examination of a pupil in the register
 * (seen on the pupil's card), and the social pedagogue neither finds it nor opens it by its address.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoreBrowserIT extends BrowserTestSupport {

    @Test
    @Order(1)
    void classTeacherFindsAPupilAndChangesARepresentativesPhone() throws Exception {
        browser.open(opora.url("/classes"));
        browser.signIn("teacher", opora.demoPassword("teacher"));
        browser.awaitPath("/classes");
        browser.await(By.id("classes-grid"));
        browser.clickGridCell("classes-grid", "7Б"); // the demo teacher leads 7Б
        browser.awaitPath("/pupils");
        browser.awaitText("Найдено: ");
        browser.clickFirstGridRow("pupils-grid");
        String name = browser.await(By.id("pupil-name")).getText();
        assertTrue(browser.await(By.id("pupil-class")).getText().contains("7Б"));

        browser.open(opora.url("/pupils"));
        browser.type("pupils-search", name);
        browser.awaitText("Найдено: 1");
        browser.clickGridCell("pupils-grid", name);
        assertEquals(name, browser.await(By.id("pupil-name")).getText());
        String card = browser.path();

        browser.click("pupil-tab-representatives");
        browser.click("representative-edit-0");
        browser.type("representative-phone", "+7 (916) 555-01-23");
        browser.click("representative-save");
        browser.awaitText("+7 (916) 555-01-23");

        browser.open(opora.url(card));
        browser.click("pupil-tab-representatives");
        browser.await(By.id("representatives-grid"));
        browser.awaitText("+7 (916) 555-01-23");
    }

    @Test
    @Order(2)
    void anImportWithOneBadRowIsRefusedAsAWhole() throws Exception {
        Path file = Files.createTempFile("pupils", ".csv");
        Files.write(file, String.join("\r\n",
                "Фамилия;Имя;Отчество;Дата рождения;Пол;Класс",
                "Тестова;Алиса;Игоревна;01.02.2015;Ж;5А",
                "Ошибкин;Пётр;Ильич;31.02.2014;М;5А",
                "").getBytes(java.nio.charset.Charset.forName("windows-1251")));
        browser.open(opora.url("/import"));
        browser.signIn("deputy", opora.demoPassword("deputy"));
        browser.awaitPath("/import");
        browser.upload("import-upload", file);
        browser.await(By.id("import-issues"));
        browser.awaitText("Строка 3");
        String issues = browser.await(By.id("import-issues")).getText();
        assertTrue(issues.contains("Дата рождения"), issues);
        assertTrue(issues.contains("дня «31.02.2014» не бывает: в месяце 02.2014 всего 28 дн."), issues);
        assertFalse(issues.contains("Строка 2"), issues);
        browser.awaitText("ошибок: 1"); // the bad row is marked in the preview, the good one «верно»
        browser.awaitText("верно");
        assertEquals(Boolean.FALSE, browser.js("return !document.getElementById('import-apply').disabled"));

        browser.open(opora.url("/pupils"));
        browser.type("pupils-search", "Тестова Алиса");
        browser.awaitText("Найдено: 0");
        Files.deleteIfExists(file);
        assertTrue(new String(Files.readAllBytes(opora.home().resolve("data/log/karaf.log")),
                StandardCharsets.UTF_8).contains("Demo school created"));
    }

    @Test
    @Order(3)
    void theHeadOfServiceOpensHerStaffCardFromTheStaffList() throws Exception {
        String name = "Орлова Марина Сергеевна";
        browser.open(opora.url("/staff"));
        browser.signIn("head", opora.demoPassword("head"));
        browser.awaitPath("/staff");
        browser.type("staff-search", "Орлова Марина");
        // the name is also in the top bar (she is signed in): wait for the link to her card in the list
        String linkId = browser.await(By.xpath("//a[starts-with(@id, 'staff-open-') and normalize-space(.) = '"
                + name + "']")).getAttribute("id");
        browser.click(linkId);
        browser.awaitPath("/staff/card/" + linkId.substring("staff-open-".length()));
        assertEquals(name, browser.await(By.id("staff-card-name")).getText());
        assertTrue(browser.await(By.id("staff-card-head")).getText().startsWith("Руководитель Службы сопровождения"));
        browser.await(By.id("staff-card-tab-main"));

        browser.open(opora.url("/staff/card/987654"));
        assertTrue(browser.await(By.id("staff-not-found")).getText().contains("Сотрудника с таким номером нет"));
    }

    /** The card of a pupil of 1А, found by the head of service, who reads every pupil. */
    private static String firstGraderCard;

    @Test
    @Order(4)
    void theHeadOfServiceReadsAPupilOfAnyClass() throws Exception {
        browser.open(opora.url("/classes"));
        browser.signIn("head", opora.demoPassword("head"));
        browser.await(By.id("classes-grid"));
        browser.clickGridCell("classes-grid", "1А");
        browser.awaitPath("/pupils");
        browser.awaitText("Найдено: ");
        browser.clickFirstGridRow("pupils-grid");
        assertTrue(browser.await(By.id("pupil-class")).getText().contains("1А"));
        firstGraderCard = browser.path();
    }

    @Test
    @Order(5)
    void theClassTeacherReadsThePupilsOfHerClassesOnly() throws Exception {
        browser.open(opora.url(firstGraderCard));
        browser.signIn("teacher", opora.demoPassword("teacher"));
        assertTrue(browser.await(By.id("pupil-denied")).getText().contains("журнал аудита"));
        assertFalse(browser.present(By.id("pupil-name")), "nothing of the card is shown");

        browser.open(opora.url("/classes"));
        browser.await(By.id("classes-grid"));
        browser.clickGridCell("classes-grid", "1А");
        browser.awaitPath("/pupils");
        browser.awaitText("Найдено: 0");
        browser.open(opora.url("/classes"));
        browser.await(By.id("classes-grid"));
        browser.clickGridCell("classes-grid", "7В"); // the demo teacher teaches in the two classes after hers
        browser.awaitPath("/pupils");
        browser.awaitText("Найдено: ");
        assertFalse(browser.bodyText().contains("Найдено: 0"), browser.bodyText());

        // issue 16: she reads the card of a pupil of a class she only teaches in, read-only and told who changes it
        browser.clickFirstGridRow("pupils-grid");
        browser.await(By.id("pupil-name"));
        String told = browser.await(By.id("pupil-read-only")).getText();
        assertTrue(told.contains("вам карточка открыта только для просмотра"), told);
        assertFalse(browser.present(By.id("pupil-save")), "no form the service would refuse");
    }

    @Test
    @Order(6)
    void herRefusedAttemptIsInTheAuditJournal() throws Exception {
        browser.open(opora.url("/admin/audit"));
        browser.signIn("admin", opora.demoPassword("admin"));
        browser.fill("admin-audit-actor", "teacher");
        browser.fill("admin-audit-type", "pupil");
        browser.fill("admin-audit-record", firstGraderCard.substring(firstGraderCard.lastIndexOf('/') + 1));
        browser.click("admin-audit-search");
        browser.await(By.id("admin-audit-grid"));
        browser.awaitText("Отказ в доступе");
    }

    /**
     * The pupil form in Chromium: an impossible typed birth date keeps its text and says what is wrong (not «Заполните
     * это поле»); then three names too long or of mixed alphabets are all marked at once by the service.
     */
    @Test
    @Order(7)
    void thePupilFormSaysWhatIsWrongWithEveryField() throws Exception {
        browser.open(opora.url("/pupils"));
        browser.signIn("head", opora.demoPassword("head"));
        browser.awaitPath("/pupils");
        browser.click("pupils-add");
        browser.fill("pupil-surname", "Иванов");
        browser.fill("pupil-given-name", "Иван");
        browser.fill("pupil-birth-date", "31.02.2015");
        browser.js("document.querySelector('#pupil-sex vaadin-radio-button').click()");
        browser.await(By.id("pupil-class")).findElement(By.cssSelector("input"))
                .sendKeys("5А", org.openqa.selenium.Keys.ENTER);
        browser.settle();
        browser.click("pupil-dialog-save");
        assertEquals(Boolean.TRUE, browser.js("return document.getElementById('pupil-birth-date').invalid"));
        String dateError = (String) browser.js("return document.getElementById('pupil-birth-date').errorMessage");
        assertTrue(dateError.startsWith("Такой даты нет или она набрана не так"), dateError);
        assertEquals("31.02.2015", browser.js(
                "return document.getElementById('pupil-birth-date').querySelector('input').value"));

        browser.fill("pupil-surname", "Я".repeat(101));
        browser.fill("pupil-given-name", "Я".repeat(101));
        browser.fill("pupil-patronymic", "Пeтрович"); // a Latin e
        browser.fill("pupil-birth-date", "01.09.2015");
        browser.click("pupil-dialog-save");
        for (String id : new String[] {"pupil-surname", "pupil-given-name", "pupil-patronymic"}) {
            assertEquals(Boolean.TRUE, browser.js("return document.getElementById(arguments[0]).invalid", id), id);
        }
        assertEquals("Не длиннее 100 символов.",
                browser.js("return document.getElementById('pupil-given-name').errorMessage"));
        String mixed = (String) browser.js("return document.getElementById('pupil-patronymic').errorMessage");
        assertTrue(mixed.startsWith("В слове «Пeтрович» смешаны русские и латинские буквы"), mixed);
        assertFalse(Boolean.TRUE.equals(browser.js("return document.getElementById('pupil-birth-date').invalid")));

        // a field the form requires left empty does not hide the service's objections to the others
        browser.fill("pupil-surname", "Ивaнoв"); // Latin a and o
        browser.fill("pupil-given-name", "Иван");
        browser.fill("pupil-patronymic", "");
        browser.fill("pupil-birth-date", "");
        browser.click("pupil-dialog-save");
        assertEquals(Boolean.TRUE, browser.js("return document.getElementById('pupil-birth-date').invalid"));
        String surname = (String) browser.js("return document.getElementById('pupil-surname').errorMessage");
        assertTrue(surname != null && surname.startsWith("В слове «Ивaнoв» смешаны русские и латинские буквы"),
                String.valueOf(surname));
        assertEquals(Boolean.TRUE, browser.js("return document.getElementById('pupil-surname').invalid"));
    }

    /**
     * The order form in Chromium: saved empty, every required field is marked at once, each with words; an impossible
     * typed date keeps its text and says what is wrong; nothing is registered.
     */
    @Test
    @Order(20)
    void theOrderFormMarksEveryEmptyFieldAtOnce() throws Exception {
        browser.open(opora.url("/orders"));
        browser.signIn("deputy", opora.demoPassword("deputy"));
        browser.awaitPath("/orders");
        browser.click("orders-add");
        browser.fill("order-date", ""); // the date comes as today: emptied, it is one more field to mark
        browser.click("order-save");
        for (String id : new String[] {"order-number", "order-date", "order-title"}) {
            assertEquals(Boolean.TRUE, browser.js("return document.getElementById(arguments[0]).invalid", id), id);
            String message = (String) browser.js("return document.getElementById(arguments[0]).errorMessage", id);
            assertTrue(message != null && !message.isBlank(), id + " is red without words");
        }
        browser.fill("order-date", "31.02.2026");
        browser.js("document.getElementById('order-date').opened = false"); // its calendar would cover «Сохранить»
        browser.fill("order-number", "77-о");
        browser.fill("order-title", "О проверке");
        browser.click("order-save");
        String dateError = (String) browser.js("return document.getElementById('order-date').errorMessage");
        assertTrue(dateError.startsWith("Такой даты нет или она набрана не так"), dateError);
        assertEquals("31.02.2026", browser.js(
                "return document.getElementById('order-date').querySelector('input').value"));
        assertFalse(Boolean.TRUE.equals(browser.js("return document.getElementById('order-number').invalid")));
        browser.click("order-cancel");
        browser.fill("orders-search", "77-о");
        browser.awaitText("Приказы не найдены");
    }

    /** The examination results about a pupil, added and opened by the psychologist who examined. */
    private static String examinationPage;

    /**
     * 000 §6.1: the psychologist records the results of her examination of a pupil in the register, with the file;
     * the document is on the pupil's card under «Документы».
     */
    @Test
    @Order(8)
    void theExaminerRecordsHerExaminationOfAPupil() throws Exception {
        browser.open(opora.url("/documents"));
        browser.signIn("psychologist", opora.demoPassword("psychologist"));
        browser.awaitPath("/documents");
        browser.click("documents-add");
        browser.choose("document-type", "Результаты обследования");
        browser.fill("document-title", EXAMINATION);
        browser.chooseFirst("document-pupil");
        Path file = Files.createTempFile("examination", ".txt");
        Files.writeString(file, "Заключение педагога-психолога", StandardCharsets.UTF_8);
        browser.upload("document-upload", file);
        browser.awaitText(file.getFileName().toString());
        browser.click("document-save");
        browser.awaitText("добавлен");
        String linkId = browser.await(By.xpath("//a[starts-with(@id, 'documents-open-') and contains(., '"
                + EXAMINATION + "')]")).getAttribute("id");
        browser.click(linkId);
        browser.awaitPath("/documents/document/" + linkId.substring("documents-open-".length()));
        assertTrue(browser.await(By.id("document-type")).getText().contains("Результаты обследования"));
        examinationPage = browser.path();

        browser.click("document-pupil-link");
        browser.await(By.id("pupil-name"));
        browser.click("pupil-tab-module-documents");
        browser.await(By.id("pupil-documents"));
        browser.awaitText(EXAMINATION);
    }

    /**
     * 000 §6.1: another specialist of the service does not find the examination of the pupil in the register, and its
     * address shows the refusal, not the document.
     */
    @Test
    @Order(9)
    void anotherSpecialistNeitherFindsNorOpensTheExamination() throws Exception {
        browser.open(opora.url("/documents"));
        browser.signIn("socped", opora.demoPassword("socped"));
        browser.awaitPath("/documents");
        browser.await(By.id("documents-grid"));
        browser.awaitText("Памятка для родителей");
        assertFalse(browser.bodyText().contains(EXAMINATION), "the examination is not listed");

        browser.open(opora.url(examinationPage));
        assertTrue(browser.await(By.id("document-denied")).getText().contains("журнал аудита"));
        assertFalse(browser.bodyText().contains(EXAMINATION), "nothing of the document is shown");
    }

    /**
     * 000 §6.1: the head of service destroys the demo's schedule archived past its retention period by an act whose
     * commission she chooses from the staff (each member written as «ФИО, должность»); the act is listed with the
     * document and its PDF, and the document is no longer due.
     */
    @Test
    @Order(10)
    void theHeadDestroysAnExpiredScheduleByAnActWhoseCommissionIsChosenFromTheStaff() throws Exception {
        browser.open(opora.url("/documents/destruction"));
        browser.signIn("head", opora.demoPassword("head"));
        browser.awaitPath("/documents/destruction");
        browser.tickGridRow("destruction-grid", "График работы на");
        browser.fill("destruction-number", "7-У");
        browser.chooseMany("destruction-members", "Смирнова");
        String commission = (String) browser.js("return arguments[0].value;",
                browser.await(By.id("destruction-commission")));
        assertTrue(commission.startsWith("Смирнова Елена Викторовна, "), commission);
        browser.click("destruction-record");
        browser.awaitText("Акт № 7-У");
        browser.await(By.xpath("//a[starts-with(@id, 'destruction-pdf-')]"));
        browser.open(opora.url("/documents/destruction"));
        browser.await(By.id("destruction-acts"));
        browser.awaitText("Смирнова Елена Викторовна");
        assertEquals(0L, ((Number) browser.js("return arguments[0].size || 0;",
                browser.await(By.id("destruction-grid")))).longValue(), "nothing is due any more");
    }

    private static final String EXAMINATION = "Результаты диагностики тревожности";
}
