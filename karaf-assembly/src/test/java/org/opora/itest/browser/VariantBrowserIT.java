package org.opora.itest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * A school's regulation variant (issue 15) on the shipped distribution: an administrator applies a preset after
 * seeing what changes; replaces a module's text with the school's own («Тексты школы»: shown at once, a text without
 * its placeholder refused, back to the module's text) and words a rule with the school's own clause; and the school's
 * configuration, exported from one installation, makes a fresh installation apply the same rules with the same
 * wording; the programme approver is changed to the deputy, who — not the director — finds the approval in «Мои
 * дела», approves, and is named with the configured position on the printed programme; «Настройки»: a code typo found
 * through the search is refused naming the setting, a specialist type added as a row in both languages gets a
 * generated code that the consilium's rule then uses and that cannot leave the list while used — and travels with the
 * export to the fresh installation together with the rule that names it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VariantBrowserIT extends BrowserTestSupport {

    private static final String RULES = "Опора: правила консилиума";
    private static final String LISTS = "Опора: справочники Службы сопровождения";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** The school's own wording of the minimum-duration rule, with its own clause. */
    private static final String SCHOOL_CITATION = "Срок реализации ИПС — не менее {0} мес. (Положение о "
            + "сопровождении МБОУ СОШ № 12, п. 3.2).";

    @Test
    @Order(1)
    void anAdministratorAppliesAPresetAfterSeeingWhatChanges() {
        browser.open(opora.url("/admin/configuration"));
        browser.signIn("admin", password(opora, "admin"));
        browser.awaitPath("/admin/configuration");
        browser.select("admin-config-preset", "Школа № 59: Служба индивидуального сопровождения");
        browser.awaitText("Положение о Службе индивидуального сопровождения обучающихся (школа № 59)");
        browser.click("admin-config-preset-preview");
        browser.await(By.id("admin-config-changes"));
        String preview = browser.bodyText();
        assertTrue(preview.contains("Индивидуальные планы") && preview.contains("да (по умолчанию)")
                && preview.contains("нет"), preview);
        browser.click("admin-config-apply");
        browser.awaitText("Конфигурация применена: изменено настроек — 1");

        // applied: the same preset changes nothing any more
        browser.click("admin-config-preset-preview");
        browser.await(By.id("admin-config-unchanged"));
    }

    @Test
    @Order(2)
    void anAdministratorReplacesAModulesTextAndGoesBack() throws Exception {
        browser.open(opora.url("/admin/texts"));
        browser.signIn("admin", password(opora, "admin"));
        browser.awaitPath("/admin/texts");
        browser.fill("admin-texts-search", "admin.audit.title");
        browser.clickGridCell("admin-texts-list", "admin.audit.title");
        browser.await(By.id("admin-texts-module-ru"));
        assertEquals("Журнал аудита", browser.js(
                "return document.getElementById('admin-texts-module-ru').value"));
        browser.fill("admin-texts-school-ru", "Журнал событий");
        browser.click("admin-texts-save");
        browser.awaitText("Текст школы сохранён и уже действует.");

        browser.open(opora.url("/"));
        browser.await(By.id("opora-home"));
        browser.awaitNav("Журнал событий", true);
        assertTrue(!browser.navEntries().contains("Журнал аудита"), browser.navEntries().toString());

        browser.open(opora.url("/admin/texts"));
        browser.fill("admin-texts-search", "platform.home.greeting");
        browser.clickGridCell("admin-texts-list", "platform.home.greeting");
        browser.fill("admin-texts-school-ru", "Добрый день!");
        browser.click("admin-texts-save");
        browser.awaitText("Текст не сохранён: исправьте отмеченное поле.");
        assertEquals(Boolean.TRUE, browser.js("return document.getElementById('admin-texts-school-ru').invalid"));
        String error = (String) browser.js("return document.getElementById('admin-texts-school-ru').errorMessage");
        assertTrue(error.startsWith("Подстановки должны быть те же, что в тексте модуля: {0}; в тексте школы: —."),
                error);

        browser.fill("admin-texts-search", "admin.audit.title");
        browser.clickGridCell("admin-texts-list", "admin.audit.title");
        browser.click("admin-texts-reset");
        browser.awaitText("Снова действует текст модуля.");
        browser.open(opora.url("/"));
        browser.await(By.id("opora-home"));
        browser.awaitNav("Журнал аудита", true);

        // the school's own clause citation, kept: it travels with the configuration (checked in the fresh one)
        browser.open(opora.url("/admin/texts"));
        browser.fill("admin-texts-search", "programmes.rule.duration.min");
        browser.clickGridCell("admin-texts-list", "programmes.rule.duration.min");
        browser.fill("admin-texts-school-ru", SCHOOL_CITATION);
        browser.click("admin-texts-save");
        browser.awaitText("Текст школы сохранён и уже действует.");
    }

    @Test
    @Order(3)
    void theConfiguredApproverNotTheDirectorApprovesAndThePdfNamesThePositionAndThePerson() throws Exception {
        // the administrator makes the deputy the approver of programmes; a typo in the chain is refused first
        browser.open(opora.url("/admin/settings"));
        browser.signIn("admin", password(opora, "admin"));
        browser.awaitPath("/admin/settings");
        openSettings("Опора: правила индивидуальных программ и планов сопровождения");
        setLines("admin-settings-field-programmeApprovalChain", "approve: deputi");
        browser.click("admin-settings-save");
        assertEquals(Boolean.TRUE, browser.js(
                "return document.getElementById('admin-settings-field-programmeApprovalChain').invalid"));
        String refused = (String) browser.js(
                "return document.getElementById('admin-settings-field-programmeApprovalChain').errorMessage");
        assertTrue(refused.contains("approve: deputi"), refused);
        setLines("admin-settings-field-programmeApprovalChain", "approve: deputy");
        browser.click("admin-settings-save");
        browser.awaitText("Настройка сохранена.");

        // the director no longer has the demo programme waiting for approval among her duties
        browser.close();
        browser = new Browser();
        browser.open(opora.url("/"));
        browser.signIn("director", password(opora, "director"));
        browser.await(By.id("opora-home"));
        assertTrue(!browser.bodyText().contains("Утвердить ИПС"), browser.bodyText());

        // the deputy has it, opens it from «Мои дела» and approves
        browser.close();
        browser = new Browser();
        browser.open(opora.url("/"));
        browser.signIn("deputy", password(opora, "deputy"));
        browser.await(By.id("opora-home"));
        browser.awaitText("Утвердить ИПС");
        browser.js("""
                const link = [...document.querySelectorAll('a.opora-duty-link')]
                    .find(a => a.textContent.trim() === 'Утвердить ИПС');
                link.click();""");
        browser.await(By.id("programme-tab-lifecycle"));
        browser.click("programme-tab-lifecycle");
        browser.click("step-approve");
        browser.awaitText("Утверждает («УТВЕРЖДАЮ»): Заместитель директора по УВР — Кузнецов Андрей Петрович");
        browser.click("date-save");
        browser.awaitText("Утверждено: ");

        Path pdf = Path.of("target", "VariantBrowserIT-programme.pdf");
        Files.write(pdf, browser.download("programme-pdf"));
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(pdf))) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("УТВЕРЖДАЮ Заместитель директора по УВР"), text);
        assertTrue(text.contains("Кузнецов"), "the person who approved: " + text);
    }

    /** The form shown afresh after a save of a configuration that had its defaults: the badge is gone. */
    private void awaitSaved() {
        browser.awaitAbsent(By.id("admin-settings-defaults"));
    }

    private void signInToSettings() throws Exception {
        browser.open(opora.url("/admin/settings"));
        browser.signIn("admin", password(opora, "admin"));
        browser.awaitPath("/admin/settings");
    }

    private void openAfresh(String name) {
        browser.open(opora.url("/admin/settings"));
        browser.awaitPath("/admin/settings");
        openSettings(name);
    }

    private void openSettings(String name) {
        browser.js("""
                const cell = [...document.querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent.trim() === arguments[0]);
                cell.click();""", name);
        browser.settle();
    }

    private void setLines(String id, String text) {
        browser.js("""
                const area = document.getElementById(arguments[0]);
                area.value = arguments[1];
                area.dispatchEvent(new CustomEvent('change'));""", id, text);
    }

    @Test
    @Order(4)
    void aCodeTypoIsRefusedWithTheSettingsName() throws Exception {
        signInToSettings();
        browser.fill("admin-settings-search", "обязательные специалисты");
        browser.settle();
        // the search keeps the consilium's rules only, and opens them
        browser.awaitGone("Опора: интерфейс");
        assertFalse(browser.bodyText().contains("Опора: вход и пароли"), "the search leaves out sign-in");
        assertTrue(browser.bodyText().contains(RULES), "the search keeps the consilium's rules");
        browser.awaitText("Обязательные специалисты");
        assertEquals(Boolean.TRUE, browser.js("const f = document.getElementById('admin-settings-field-numberPattern');"
                + " return f === null || f.hidden || !f.checkVisibility();"), "fields not matching the search are hidden");
        assertEquals("По умолчанию: Педагог-психолог (psychologist), Социальный педагог (social-pedagogue).",
                browser.js("const h = document.getElementById('admin-settings-field-requiredTypes').helperText;"
                        + " return h.substring(h.indexOf('По умолчанию'), h.indexOf(').') + 2);"),
                "the defaults are shown by their labels");
        setLines("admin-settings-field-requiredTypes", "psychologist\npsycholgist");
        browser.click("admin-settings-save");
        browser.settle();
        assertEquals(Boolean.TRUE, browser.js(
                "return document.getElementById('admin-settings-field-requiredTypes').invalid"));
        String message = (String) browser.js(
                "return document.getElementById('admin-settings-field-requiredTypes').errorMessage");
        assertTrue(message.startsWith("Строка «psycholgist»: кода «psycholgist» нет в справочнике "
                + "«Специализации сотрудников»"), message);
        browser.awaitText("Настройка не сохранена. «Обязательные специалисты»: Строка «psycholgist»");

        // nothing was stored: the form read afresh shows the defaults
        openAfresh(RULES);
        assertEquals("", browser.js("return document.getElementById('admin-settings-field-requiredTypes').value"));
    }

    @Test
    @Order(5)
    void aRowAddedInBothLanguagesGetsACodeThatAnotherSettingThenUses() throws Exception {
        signInToSettings();
        openAfresh(LISTS);
        assertTrue(browser.bodyText().contains("По умолчанию: "), "the defaults are shown as labels");
        int row = ((Number) browser.js("return document.querySelectorAll("
                + "'[id^=admin-settings-specialistTypes-ru-]').length")).intValue();
        browser.click("admin-settings-add-specialistTypes");
        browser.settle();
        browser.fill("admin-settings-specialistTypes-ru-" + row, "Нейропсихолог");
        browser.fill("admin-settings-specialistTypes-en-" + row, "Neuropsychologist");
        assertEquals("neyropsikholog", browser.js("return document.getElementById(arguments[0]).textContent",
                "admin-settings-specialistTypes-code-" + row));
        browser.click("admin-settings-save");
        awaitSaved();

        // the form read afresh: the row is there with its code, read-only
        openAfresh(LISTS);
        assertEquals("neyropsikholog", browser.js("return document.getElementById(arguments[0]).textContent",
                "admin-settings-specialistTypes-code-" + row));
        assertEquals("Neuropsychologist", browser.js("return document.getElementById(arguments[0]).value",
                "admin-settings-specialistTypes-en-" + row));

        // the consilium's rule names the new code: accepted
        openAfresh(RULES);
        setLines("admin-settings-field-requiredTypes", "psychologist\nneyropsikholog");
        browser.click("admin-settings-save");
        awaitSaved();

        // and the code cannot leave the core's list while the consilium's rule names it
        openAfresh(LISTS);
        browser.click("admin-settings-specialistTypes-remove-" + row);
        browser.settle();
        assertTrue(browser.bodyText().contains("Записи, в которых он уже указан, сохранят его"),
                "removing a saved code warns that records keep it");
        browser.click("admin-settings-save");
        browser.settle();
        String refused = (String) browser.js(
                "return document.getElementById('admin-settings-error-specialistTypes').textContent");
        assertTrue(refused.contains("«Опора: правила консилиума» → «Обязательные специалисты»"), refused);
        openAfresh(LISTS);
        assertEquals("neyropsikholog", browser.js("return document.getElementById(arguments[0]).textContent",
                "admin-settings-specialistTypes-code-" + row), "the code is still in the list");
    }

    @Test
    @Order(90)
    void theExportedConfigurationMakesAFreshInstallationApplyTheSameRules() throws Exception {
        // the school's own rule: a programme lasts at least 4 months; exported as an operator would
        opora.console("config:property-set -p org.opora.programmes.rules minMonths 4");
        Path file = Path.of("target", "VariantBrowserIT-school.opora").toAbsolutePath();
        Files.deleteIfExists(file);
        assertTrue(opora.console("opora:config-export " + file).contains("Configuration written"));
        String exported = Files.readString(file, StandardCharsets.UTF_8);
        String rules = exported.substring(exported.indexOf("[settings org.opora.programmes.rules]"));
        rules = rules.substring(0, rules.indexOf("\n\n"));
        assertTrue(rules.contains("\nindividualPlansEnabled = false\n") && rules.contains("\nminMonths = 4"), rules);
        assertTrue(exported.contains("[texts ru]\nprogrammes.rule.duration.min = " + SCHOOL_CITATION + "\n"), exported);
        browser.close();
        opora.close();

        try (RunningDistribution fresh = RunningDistribution.start("VariantBrowserIT-fresh")) {
            browser = new Browser();
            browser.open(fresh.url("/admin/configuration"));
            browser.signIn("admin", password(fresh, "admin"));
            browser.awaitPath("/admin/configuration");
            browser.upload("admin-config-import", file);
            browser.await(By.id("admin-config-changes"));
            String preview = browser.bodyText();
            assertTrue(preview.contains("Минимальный срок реализации ИПС, мес.") && preview.contains("3 (по умолчанию)")
                    && preview.contains("4"), preview);
            assertTrue(preview.contains("Тексты школы") && preview.contains("ru: programmes.rule.duration.min")
                    && preview.contains("МБОУ СОШ № 12, п. 3.2"), preview);
            // the consilium's rule names the school's own specialist type the same file adds to the core's list
            assertTrue(preview.contains("проверяется ещё раз после справочников Службы из того же файла"), preview);
            browser.click("admin-config-apply");
            browser.awaitText("Конфигурация применена");

            // the same rule there: a three-month programme is refused, quoting the school's minimum
            browser.close();
            browser = new Browser();
            browser.open(fresh.url("/pupils"));
            browser.signIn("psychologist", password(fresh, "psychologist"));
            browser.awaitPath("/pupils");
            browser.awaitText("Найдено: ");
            browser.clickFirstGridRow("pupils-grid");
            String pupil = browser.await(By.id("pupil-name")).getText();
            browser.open(fresh.url("/programmes"));
            browser.click("programmes-new");
            browser.choose("programme-pupil", pupil);
            browser.click("programme-new-save");
            browser.await(By.id("programme-tab-form"));
            LocalDate start = LocalDate.now();
            browser.fill("programme-grounds", "Трудности адаптации после перевода");
            browser.fill("programme-diagnostics", "Повышенная тревожность");
            browser.fill("programme-goal", "Успешная адаптация в классе");
            browser.date("programme-start", DAY.format(start));
            browser.date("programme-end", DAY.format(start.plusMonths(3).minusDays(1)));
            browser.tick("programme-directions", "Психологическая помощь");
            browser.click("programme-save");
            browser.awaitText("Срок реализации ИПС — не менее 4 мес. (Положение о сопровождении МБОУ СОШ № 12, п. 3.2).");
        }
    }

    private static String password(RunningDistribution distribution, String user) {
        try {
            return distribution.demoPassword(user);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
