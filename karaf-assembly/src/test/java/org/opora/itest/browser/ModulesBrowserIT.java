package org.opora.itest.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The shipped distribution (unpacked tar.gz, bin/karaf) with only the platform, opora-core and the demo school at
 * start: an administrator installs opora-programmes in «Модули», removes it and installs it again, while a
 * psychologist's open page gains, loses and regains the programmes' navigation entry without signing in again.
 * <p>
 * Disabled while it fails (issue 10 is open): the administrator's page follows (it polls while an operation runs),
 * but the psychologist's open home page never receives the new navigation entry by server push (long polling over
 * Felix Jetty 12), although a fresh sign-in shows it. This test is the reproducer for that fix.
 */
@Disabled("issue 10: the navigation change is not pushed to another open session (long-polling push)")
class ModulesBrowserIT {

    private static final String PROGRAMMES_NAV = "Программы сопровождения";
    private static RunningDistribution opora;

    @BeforeAll
    static void start() throws Exception {
        opora = RunningDistribution.start("ModulesBrowserIT", "opora-core,opora-demo");
    }

    @AfterAll
    static void stop() throws Exception {
        if (opora != null) {
            opora.close();
        }
    }

    @Test
    void aModuleInstalledRemovedAndInstalledAgainFromTheViewReachesAnOpenSession() throws Exception {
        try (Browser admin = new Browser(); Browser psychologist = new Browser()) {
            psychologist.open(opora.url("/"));
            psychologist.signIn("psychologist", opora.demoPassword("psychologist"));
            psychologist.await(By.id("opora-home"));
            assertFalse(psychologist.bodyText().contains(PROGRAMMES_NAV), "only the core at start");

            admin.open(opora.url("/admin/modules"));
            admin.signIn("admin", opora.demoPassword("admin"));
            admin.awaitPath("/admin/modules");
            admin.awaitText("Индивидуальные программы сопровождения (ИПС) и индивидуальные планы");
            awaitState(admin, "Не установлен");

            admin.click("admin-module-install-opora-programmes");
            awaitState(admin, "Работает");
            psychologist.awaitText(PROGRAMMES_NAV);
            opora.awaitLog("Demo programmes created", Duration.ofMinutes(2));

            admin.click("admin-module-uninstall-opora-programmes");
            admin.await(By.id("admin-modules-confirm"));
            admin.js("document.querySelector('vaadin-confirm-dialog-overlay vaadin-button[slot=\"confirm-button\"]')"
                    + ".click()");
            awaitState(admin, "Не установлен");
            psychologist.awaitGone(PROGRAMMES_NAV);

            admin.click("admin-module-install-opora-programmes");
            awaitState(admin, "Работает");
            psychologist.awaitText(PROGRAMMES_NAV);
            psychologist.clickNav(PROGRAMMES_NAV);
            psychologist.awaitPath("/programmes");
            assertFalse(psychologist.bodyText().contains("programmes."), "no message key on the page");
        }
    }

    private static void awaitState(Browser browser, String state) {
        browser.awaitText(state);
        browser.await(By.xpath("//*[@id='admin-module-state-opora-programmes' and normalize-space(.)='" + state
                + "']"));
    }
}
