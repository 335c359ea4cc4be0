package org.opora.itest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * «Настройки» as a school administrator uses them, in Chromium: a code typo in the consilium's required specialists
 * is found through the search and refused naming the setting, nothing stored; a specialist type added to the core's
 * list as a row in Russian and English gets a code made from its name, which the consilium's setting then uses — and
 * which can no longer be removed from the core's list while it is used.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SettingsBrowserIT extends BrowserTestSupport {

    private static final String RULES = "Опора: правила консилиума";
    private static final String LISTS = "Опора: справочники Службы сопровождения";

    @Test
    @Order(1)
    void aCodeTypoIsRefusedWithTheSettingsName() throws Exception {
        signIn();
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
        open(RULES);
        assertEquals("", browser.js("return document.getElementById('admin-settings-field-requiredTypes').value"));
    }

    @Test
    @Order(2)
    void aRowAddedInBothLanguagesGetsACodeThatAnotherSettingThenUses() throws Exception {
        signIn();
        open(LISTS);
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
        open(LISTS);
        assertEquals("neyropsikholog", browser.js("return document.getElementById(arguments[0]).textContent",
                "admin-settings-specialistTypes-code-" + row));
        assertEquals("Neuropsychologist", browser.js("return document.getElementById(arguments[0]).value",
                "admin-settings-specialistTypes-en-" + row));

        // the consilium's rule names the new code: accepted
        open(RULES);
        setLines("admin-settings-field-requiredTypes", "psychologist\nneyropsikholog");
        browser.click("admin-settings-save");
        awaitSaved();

        // and the code cannot leave the core's list while the consilium's rule names it
        open(LISTS);
        browser.click("admin-settings-specialistTypes-remove-" + row);
        browser.settle();
        assertTrue(browser.bodyText().contains("Записи, в которых он уже указан, сохранят его"),
                "removing a saved code warns that records keep it");
        browser.click("admin-settings-save");
        browser.settle();
        String refused = (String) browser.js(
                "return document.getElementById('admin-settings-error-specialistTypes').textContent");
        assertTrue(refused.contains("«Опора: правила консилиума» → «Обязательные специалисты»"), refused);
        open(LISTS);
        assertEquals("neyropsikholog", browser.js("return document.getElementById(arguments[0]).textContent",
                "admin-settings-specialistTypes-code-" + row), "the code is still in the list");
    }

    /** The form shown afresh after a save of a configuration that had its defaults: the badge is gone. */
    private void awaitSaved() {
        browser.awaitAbsent(org.openqa.selenium.By.id("admin-settings-defaults"));
    }

    private void signIn() throws Exception {
        browser.open(opora.url("/admin/settings"));
        browser.signIn("admin", opora.demoPassword("admin"));
        browser.awaitPath("/admin/settings");
    }

    private void open(String name) {
        browser.open(opora.url("/admin/settings"));
        browser.awaitPath("/admin/settings");
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
}
