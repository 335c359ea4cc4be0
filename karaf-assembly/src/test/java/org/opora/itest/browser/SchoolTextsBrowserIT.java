package org.opora.itest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * «Администрирование → Тексты школы» in Chromium on the demo distribution: the administrator finds a message by its
 * key, sees the module's text beside the school's, gives the school's own title to a navigation entry — shown at once
 * on the next page, no restart — has a greeting without its placeholder refused on the field, and goes back to the
 * module's text.
 */
class SchoolTextsBrowserIT extends BrowserTestSupport {

    @Test
    void anAdministratorReplacesAModulesTextAndGoesBack() throws Exception {
        browser.open(opora.url("/admin/texts"));
        browser.signIn("admin", opora.demoPassword("admin"));
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
    }
}
