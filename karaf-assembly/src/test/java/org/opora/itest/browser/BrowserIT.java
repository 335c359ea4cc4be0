package org.opora.itest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.opora.itest.PlatformTestSupport;
import org.opora.itest.module.NoteDuties;

/**
 * The distribution as people use it, in Debian's Chromium: sign-in, refusal of a wrong password and of an unknown
 * name with the same message, the home page and the administration views, a user created in the UI who replaces
 * her temporary password first and lacks the administrators' permissions, an administrator's password reset and
 * disabling the account ending her open page at once, sign-out, and no page without signing in.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT extends BrowserTestSupport {

    /** The password the user created in the administration chooses for herself. */
    private static final String KOVALEVA = "Lastochka-nad-Rekoj-5";

    @Test
    @Order(1)
    void everyPageNeedsSignIn() {
        for (String path : new String[] {"/", "/admin/users", "/admin/audit", "/itest-notes", "/no/such/page"}) {
            browser.open(opora.url(path));
            browser.awaitPath("/login");
            browser.await(By.cssSelector("vaadin-login-form"));
            assertFalse(browser.present(By.id("opora-nav")), path + " showed the navigation without sign-in");
        }
    }

    @Test
    @Order(2)
    void wrongPasswordIsRefused() {
        browser.open(opora.url("/"));
        browser.signIn("admin", "not-the-password");
        assertEquals(Boolean.TRUE, browser.js("return document.querySelector('vaadin-login-form').error"));
        assertEquals("/login", browser.path());
        assertFalse(browser.present(By.id("opora-home")));
        String wrongPassword = loginError();
        // an unknown name is told exactly the same: which accounts exist is nobody's business
        browser.open(opora.url("/"));
        browser.signIn("nobody-of-this-name", "not-the-password");
        assertEquals(Boolean.TRUE, browser.js("return document.querySelector('vaadin-login-form').error"));
        assertEquals(wrongPassword, loginError());
        assertTrue(wrongPassword.startsWith("Неверный логин или пароль"), wrongPassword);
    }

    private String loginError() {
        return (String) browser.js("return document.querySelector('vaadin-login-form').i18n.errorMessage.message");
    }

    @Test
    @Order(3)
    void adminSignsInAndUsesTheAdministration() throws Exception {
        browser.open(opora.url("/admin/audit"));
        browser.signIn("admin", opora.demoPassword("admin"));
        browser.awaitPath("/admin/audit"); // back to the page asked for before sign-in
        browser.await(By.id("admin-audit-grid"));
        browser.awaitText("Вход в систему");
        browser.open(opora.url("/"));
        browser.await(By.id("opora-home"));
        assertTrue(browser.bodyText().contains("Здравствуйте, Администратор системы!"));
        for (String entry : new String[] {"Модули", "Настройки", "Пользователи и роли", "Журнал аудита"}) {
            assertTrue(browser.bodyText().contains(entry), "navigation entry " + entry);
        }

        // a laptop screen on which the menu scrolls: no horizontal scroll bar under it
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 480));
        browser.settle();
        Object overflow = browser.js("""
                const d = document.querySelector('vaadin-app-layout').shadowRoot.querySelector("[part='drawer']");
                return [d.scrollHeight > d.clientHeight, d.scrollWidth - d.clientWidth,
                        getComputedStyle(d).overflowX];""");
        assertEquals(java.util.List.of(true, 0L, "hidden"), overflow, "the menu scrolls only vertically");
    }

    @Test
    @Order(4)
    void createdUserWithoutPermissionsCannotOpenAdministrationEvenByUrl() throws Exception {
        browser.open(opora.url("/admin/users"));
        browser.signIn("admin", opora.demoPassword("admin"));
        browser.awaitPath("/admin/users");
        browser.click("admin-user-new");
        browser.type("admin-user-username", "kovaleva");
        browser.type("admin-user-fullname", "Ковалёва Ирина Павловна");
        browser.type("admin-user-password", "Sirenevyj-Sad-42");
        browser.type("admin-user-password-repeat", "Sirenevyj-Sad-42");
        browser.click("admin-user-save");
        browser.awaitText("kovaleva");
        browser.click("opora-logout");
        browser.awaitPath("/login");

        browser.signIn("kovaleva", "Sirenevyj-Sad-42");
        replaceTemporaryPassword("Sirenevyj-Sad-42", KOVALEVA);
        browser.await(By.id("opora-home"));
        assertTrue(browser.bodyText().contains("Ковалёва Ирина Павловна"));
        assertFalse(browser.bodyText().contains("Администрирование"), "no administration entries");
        for (String path : new String[] {"/admin/users", "/admin/audit", "/admin/modules", "/admin/settings"}) {
            browser.open(opora.url(path));
            browser.await(By.id("opora-access-denied"));
            assertFalse(browser.present(By.id("admin-users-grid")) || browser.present(By.id("admin-audit-grid")));
        }
    }

    @Test
    @Order(5)
    void anAdministratorsResetEndsHerOpenSessionAndForcesAChangeAtTheNextSignIn() throws Exception {
        try (Browser kovaleva = new Browser()) {
            kovaleva.open(opora.url("/"));
            kovaleva.signIn("kovaleva", KOVALEVA);
            kovaleva.await(By.id("opora-home"));

            browser.open(opora.url("/admin/users"));
            browser.signIn("admin", opora.demoPassword("admin"));
            browser.awaitPath("/admin/users");
            browser.click("admin-user-password-kovaleva");
            browser.type("admin-password-new", "Zheltyj-Tjulpan-17");
            browser.type("admin-password-repeat", "Zheltyj-Tjulpan-17");
            browser.click("admin-password-save");

            // her open page is sent to the sign-in page (pushed; at the latest at the next heartbeat, a minute)
            kovaleva.awaitFollowing(By.cssSelector("vaadin-login-form"), true);
            kovaleva.open(opora.url("/pupils"));
            kovaleva.awaitPath("/login");
            kovaleva.signIn("kovaleva", "Zheltyj-Tjulpan-17");
            kovaleva.await(By.id("opora-password"));
            kovaleva.awaitText("Пароль задан администратором");
            kovaleva.open(opora.url("/pupils")); // nothing else until it is replaced
            kovaleva.await(By.id("opora-password"));
            kovaleva.type("opora-password-current", "Zheltyj-Tjulpan-17");
            kovaleva.type("opora-password-new", KOVALEVA);
            kovaleva.type("opora-password-repeat", KOVALEVA);
            kovaleva.click("opora-password-save");
            kovaleva.await(By.id("opora-home"));
        }
    }

    @Test
    @Order(6)
    void aDisabledAccountsOpenPageIsSentAwayAndServedNothing() throws Exception {
        try (Browser kovaleva = new Browser()) {
            kovaleva.open(opora.url("/"));
            kovaleva.signIn("kovaleva", KOVALEVA);
            kovaleva.await(By.id("opora-home"));

            browser.open(opora.url("/admin/users"));
            browser.signIn("admin", opora.demoPassword("admin"));
            browser.awaitPath("/admin/users");
            browser.click("admin-user-edit-kovaleva");
            browser.check("admin-user-enabled", false);
            browser.click("admin-user-save");
            browser.awaitAbsent(By.id("admin-user-dialog"));

            // her open page is sent to the sign-in page (pushed; at the latest at the next heartbeat, a minute)
            kovaleva.awaitFollowing(By.cssSelector("vaadin-login-form"), true);
            kovaleva.open(opora.url("/"));
            kovaleva.awaitPath("/login");
            kovaleva.signIn("kovaleva", KOVALEVA);
            assertEquals(Boolean.TRUE, kovaleva.js("return document.querySelector('vaadin-login-form').error"));
            assertFalse(kovaleva.present(By.id("opora-home")));
        }
    }

    /** The page that replaces a temporary password, as its owner fills it in. */
    private void replaceTemporaryPassword(String temporary, String own) {
        browser.await(By.id("opora-password"));
        browser.awaitText("Пароль задан администратором");
        browser.type("opora-password-current", temporary);
        browser.type("opora-password-new", own);
        browser.type("opora-password-repeat", own);
        browser.click("opora-password-save");
    }

    @Test
    @Order(7)
    void signOutEndsTheSession() throws Exception {
        browser.open(opora.url("/"));
        browser.signIn("admin", opora.demoPassword("admin"));
        browser.await(By.id("opora-home"));
        browser.click("opora-logout");
        browser.awaitPath("/login");
        browser.open(opora.url("/admin/users"));
        browser.awaitPath("/login");
    }

    @Test
    @Order(8)
    void aModuleInstalledAtRunTimeAddsItsViewAndRemovingItSendsItsUsersHome() throws Exception {
        Path jar = opora.deployFolder().resolve("org.opora.itest.module.jar");
        browser.open(opora.url("/"));
        browser.signIn("admin", opora.demoPassword("admin"));
        browser.await(By.id("opora-home"));
        assertFalse(browser.bodyText().contains("itest.notes.title"));
        try (InputStream in = PlatformTestSupport.testModuleJar()) {
            Files.copy(in, jar);
        }
        browser.awaitText("itest.notes.title"); // the open page's navigation follows the module (server push)
        browser.open(opora.url("/"));
        browser.await(By.id("opora-duties"));
        browser.awaitText(NoteDuties.TITLE); // the module's duty on the home page, marked overdue
        assertTrue(browser.bodyText().contains("просрочено"));
        browser.await(By.cssSelector("a.opora-duty-link")).click(); // the duty leads to where it is done
        browser.await(By.id("itest-notes"));

        Files.delete(jar);
        browser.awaitPath("/");
        browser.await(By.id("opora-home"));
        browser.awaitText("больше недоступен");
        assertFalse(((String) browser.js("return document.getElementById('opora-nav').innerText"))
                .contains("itest.notes.title"), "the navigation entry is gone");
    }

    @Test
    @Order(9)
    void settingsAreValidatedAndApplied() throws Exception {
        browser.open(opora.url("/admin/settings"));
        browser.signIn("admin", opora.demoPassword("admin"));
        browser.awaitPath("/admin/settings");
        browser.js("""
                const cell = [...document.querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent.trim() === arguments[0]);
                cell.click();""", "Опора: интерфейс");
        browser.settle();
        browser.type("admin-settings-field-sessionTimeoutMinutes", "2");
        browser.click("admin-settings-save");
        assertEquals(Boolean.TRUE, browser.js(
                "return document.getElementById('admin-settings-field-sessionTimeoutMinutes').invalid"));
        browser.type("admin-settings-field-sessionTimeoutMinutes", "45");
        browser.type("admin-settings-field-schoolName", "МБОУ СОШ № 59");
        browser.click("admin-settings-save");
        browser.open(opora.url("/"));
        browser.awaitText("МБОУ СОШ № 59");
    }

    /**
     * A list setting with a malformed line is refused naming the line and the reason, and the old value is kept: the
     * core's «Допустимые типы файлов» with {@code *} among the extensions; a number out of range names the range.
     */
    @Test
    @Order(9)
    void aMalformedListSettingIsRefusedWithTheLineAndTheOldValueKept() throws Exception {
        browser.open(opora.url("/admin/settings"));
        browser.signIn("admin", opora.demoPassword("admin"));
        browser.awaitPath("/admin/settings");
        openSettings("Опора: правила учёта обучающихся и документов");
        browser.js("""
                const area = document.getElementById('admin-settings-field-fileTypes');
                area.value = arguments[0];
                area.dispatchEvent(new CustomEvent('change'));""", "pdf\ndocx\n*");
        browser.click("admin-settings-save");
        assertEquals(Boolean.TRUE, browser.js(
                "return document.getElementById('admin-settings-field-fileTypes').invalid"));
        String message = (String) browser.js(
                "return document.getElementById('admin-settings-field-fileTypes').errorMessage");
        assertTrue(message.startsWith("Строка «*»: расширение пишется буквами и цифрами"), message);

        browser.type("admin-settings-field-maxFileMegabytes", "500");
        browser.click("admin-settings-save");
        String range = (String) browser.js(
                "return document.getElementById('admin-settings-field-maxFileMegabytes').errorMessage");
        assertEquals("Значение «500» вне допустимых пределов: от 1 до 200.", range);

        // the form read afresh: nothing was stored, the default list applies
        browser.open(opora.url("/admin/settings"));
        browser.awaitPath("/admin/settings");
        openSettings("Опора: правила учёта обучающихся и документов");
        assertEquals("", browser.js("return document.getElementById('admin-settings-field-fileTypes').value"));
    }

    private void openSettings(String name) {
        browser.js("""
                const cell = [...document.querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent.trim() === arguments[0]);
                cell.click();""", name);
        browser.settle();
    }

    @Test
    @Order(10)
    void healthEndpointReportsDatabaseHttpAndModules() throws Exception {
        HttpURLConnection c = (HttpURLConnection) URI.create(opora.url("/system/health")).toURL().openConnection();
        assertEquals(200, c.getResponseCode());
        assertEquals("application/json;charset=utf-8", c.getContentType().toLowerCase().replace(" ", ""));
        String json = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"overall\":\"OK\""), json);
        for (String check : new String[] {"Database", "HTTP and intranet UI", "Opora modules"}) {
            assertTrue(json.contains("\"name\":\"" + check + "\""), json);
        }
        // what a reverse proxy on this machine passes on is a remote request: no details
        HttpURLConnection proxied = (HttpURLConnection) URI.create(opora.url("/system/health")).toURL()
                .openConnection();
        proxied.setRequestProperty("X-Forwarded-For", "203.0.113.9");
        assertEquals(403, proxied.getResponseCode());
    }

    @Test
    @Order(12)
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/login", "/system/health", "/no-such-page"}) {
            HttpURLConnection c = (HttpURLConnection) URI.create(opora.url(path)).toURL().openConnection();
            c.getResponseCode();
            String csp = c.getHeaderField("Content-Security-Policy");
            assertTrue(csp != null && csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'self'"),
                    path + ": " + csp);
            assertEquals("SAMEORIGIN", c.getHeaderField("X-Frame-Options"), path);
            assertEquals("nosniff", c.getHeaderField("X-Content-Type-Options"), path);
            assertEquals("same-origin", c.getHeaderField("Referrer-Policy"), path);
        }
        // and the intranet works under that policy: sign in and see the home page
        browser.open(opora.url("/"));
        browser.signIn("admin", opora.demoPassword("admin"));
        browser.await(By.id("opora-home"));
    }

    @Test
    @Order(11)
    void languageCanBeSwitchedToEnglish() {
        browser.open(opora.url("/login"));
        browser.awaitText("Войти");
        browser.click("opora-language");
        browser.awaitText("Sign in");
        assertFalse(browser.bodyText().contains("Войти"));
    }

    @Test
    @Order(13)
    void aMalformedRequestGetsOporasOwnPageInBothLanguages() throws Exception {
        String big = "x".repeat(20_000);
        String[][] requests = {
            {"GET /pupils%00 HTTP/1.1", "", "400"},
            {"GET /pupils%zz HTTP/1.1", "", "400"},
            {"GET /%2e%2e/etc/passwd HTTP/1.1", "", "400"},
            {"GET /login HTTP/1.1", "X-Filler: " + big + "\r\n", "431"},
        };
        for (String[] r : requests) {
            String response = raw(r[0] + "\r\nHost: localhost\r\n" + r[1] + "Connection: close\r\n\r\n");
            String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
            assertTrue(head.startsWith("HTTP/1.1 " + r[2] + " "), r[0] + " answered " + head);
            assertTrue(head.contains("Content-Security-Policy: default-src 'self'"), r[0] + ": " + head);
            assertTrue(head.contains("X-Frame-Options: SAMEORIGIN"), r[0] + ": " + head);
            assertTrue(head.contains("X-Content-Type-Options: nosniff"), r[0] + ": " + head);
            assertTrue(head.contains("Referrer-Policy: same-origin"), r[0] + ": " + head);
            assertFalse(response.contains("HTTP ERROR") || response.contains("badMessage"), r[0] + ": " + response);
            assertFalse(response.contains(big), r[0] + " echoed the request");
            int russian = response.indexOf("Неверный адрес");
            assertTrue(russian > 0 && response.indexOf("Malformed address") > russian, r[0] + ": " + response);
            assertTrue(response.contains("<a href=\"/\">На главную страницу</a>"), r[0] + ": " + response);
        }
        // Jetty does not hand the headers of a request it could not parse to the error page: Russian stays first
        // whatever the browser prefers
        String english = raw("GET /pupils%00 HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en-GB,en;q=0.9\r\n"
                + "Connection: close\r\n\r\n");
        assertTrue(english.startsWith("HTTP/1.1 400 ") && english.contains("Malformed address"), english);
    }

    /** Sends a request as written (a client library would refuse or re-encode a malformed one) and reads it all. */
    private static String raw(String request) throws IOException {
        URI base = URI.create(opora.url("/"));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @Order(14)
    void aVeryLongAddressIsShownShortenedOnTheNotFoundPage() throws Exception {
        browser.open(opora.url("/"));
        browser.signIn("admin", opora.demoPassword("admin"));
        browser.await(By.id("opora-home"));
        browser.open(opora.url("/pupils/" + "z".repeat(5_000)));
        browser.await(By.id("opora-not-found"));
        String text = browser.bodyText();
        assertFalse(text.contains("z".repeat(200)), "the whole segment is echoed");
        assertTrue(text.contains("z".repeat(100) + "\u2026"), text);
        // and the page does not grow wider than the window
        Object overflow = browser.js("return document.documentElement.scrollWidth > window.innerWidth + 1");
        assertEquals(Boolean.FALSE, overflow);
        // a class filter naming no class says so in words and lists every pupil
        browser.click("opora-logout");
        browser.awaitPath("/login");
        browser.signIn("director", opora.demoPassword("director"));
        browser.await(By.id("opora-home"));
        browser.open(opora.url("/pupils?class=999999"));
        browser.awaitText("Класс из адреса страницы («class=999999») не найден");
        assertFalse(browser.bodyText().contains("Запись не найдена"), browser.bodyText());
        browser.await(By.id("pupils-grid"));
    }

    /**
     * Closing tabs while their push (long-polling) request is open leaves no ERROR in karaf.log; this runs last, so
     * it also checks every tab the earlier tests closed.
     */
    @Test
    @Order(90)
    void closedTabsLeaveNoErrorInTheLog() throws Exception {
        // show the demoted messages (DEBUG) in karaf.log, to see that closing tabs did produce them
        Path cfg = opora.home().resolve("etc/org.ops4j.pax.logging.cfg");
        Files.writeString(cfg, Files.readString(cfg, StandardCharsets.ISO_8859_1)
                .replace("opora.log.closedPush = INFO", "opora.log.closedPush = DEBUG"), StandardCharsets.ISO_8859_1);
        Thread.sleep(5_000); // Karaf reads the file again
        browser.open(opora.url("/"));
        browser.signIn("admin", opora.demoPassword("admin"));
        browser.await(By.id("opora-home"));
        String first = browser.driver().getWindowHandle();
        for (int i = 0; i < 3; i++) {
            browser.js("window.open(arguments[0], '_blank')", opora.url("/admin/users"));
        }
        Set<String> handles = browser.driver().getWindowHandles();
        for (String handle : handles) {
            if (!handle.equals(first)) {
                browser.driver().switchTo().window(handle);
                browser.await(By.id("opora-nav"));
                Thread.sleep(1_500); // the push request is open
                browser.driver().close();
            }
        }
        browser.driver().switchTo().window(first);
        Thread.sleep(1_500);
        browser.close();
        browser = new Browser(); // the fresh one is closed after the test
        Thread.sleep(10_000); // Atmosphere notices the lost connections on its own threads
        List<String> errors = new ArrayList<>();
        int demoted = 0;
        for (String line : Files.readAllLines(opora.home().resolve("data/log/karaf.log"),
                StandardCharsets.ISO_8859_1)) {
            if (line.contains("| ERROR |")) {
                errors.add(line);
            } else if (line.contains("| DEBUG |") && (line.contains("Exception in push connection")
                    || line.contains("Failed to cancel resource"))) {
                demoted++;
            }
        }
        System.out.println("closed-tab messages logged at DEBUG: " + demoted);
        assertTrue(errors.isEmpty(), "ERROR in karaf.log:\n" + String.join("\n", errors));
    }
}
