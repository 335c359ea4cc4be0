package org.opora.itest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Modules added and removed on the shipped distribution (the tar.gz unpacked and started with bin/karaf) while people
 * work: only the platform, opora-core and the demo school at start; a psychologist keeps a pupil card open; the
 * administrator installs opora-programmes in «Модули», removes it and installs it again, then does the same with
 * opora-consilium while the programmes stay; the psychologist's open card gains and loses the modules' navigation
 * entries and card tabs without signing in again, and the data is the same after each return. Then an operator
 * removes and adds opora-consilium in the Karaf console, and the administrator installs opora-patronage, removes it
 * and installs it again, its navigation entry and card tab following in the open card and its cases the same.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModulesBrowserIT {

    private static final String PROGRAMMES_NAV = "Программы сопровождения";
    private static final String PROGRAMMES_TAB = "pupil-tab-module-programmes";
    private static final String MEETINGS_NAV = "Заседания ППк";
    private static final String CONSILIUM_TAB = "pupil-tab-module-consilium";
    private static final String PATRONAGE_NAV = "Патронат";
    private static final String PATRONAGE_TAB = "pupil-tab-module-patronage";
    /** What the programmes propose for a consilium meeting's agenda (the link between the two modules). */
    private static final String REVIEW_PROPOSAL = "Окончание ИПС";

    private static RunningDistribution opora;
    private static Browser admin;
    private static Browser psychologist;

    @BeforeAll
    static void start() throws Exception {
        opora = RunningDistribution.start("ModulesBrowserIT", "opora-core,opora-demo");
        admin = new Browser();
        psychologist = new Browser();
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {admin, psychologist, opora}) {
            if (c != null) {
                c.close();
            }
        }
    }

    /** A failed step leaves both screens and their text in {@code target/browser-failures}. */
    @RegisterExtension
    final AfterTestExecutionCallback snapshotOnFailure = context -> {
        if (context.getExecutionException().isPresent()) {
            String name = "ModulesBrowserIT-" + context.getRequiredTestMethod().getName();
            System.out.println(name + " failed; the distribution's log said:" + System.lineSeparator()
                    + opora.logExcerpt(60));
            for (var who : java.util.Map.of("admin", admin, "psychologist", psychologist).entrySet()) {
                try {
                    who.getValue().snapshot(Path.of("target", "browser-failures", name + "-" + who.getKey() + ".png"));
                } catch (RuntimeException | IOException e) {
                    context.getExecutionException().get().addSuppressed(e);
                }
            }
        }
    };

    @Test
    @Order(1)
    void programmesComeGoAndComeBackWithTheirDataInAnOpenCard() throws Exception {
        psychologist.open(opora.url("/pupils"));
        psychologist.signIn("psychologist", opora.demoPassword("psychologist"));
        psychologist.awaitPath("/pupils");
        psychologist.awaitText("Найдено: ");
        psychologist.clickFirstGridRow("pupils-grid");
        psychologist.await(By.id("pupil-name"));
        String card = psychologist.path();
        assertFalse(psychologist.navEntries().contains(PROGRAMMES_NAV), "only the core at start");
        assertFalse(psychologist.present(By.id(PROGRAMMES_TAB)));

        admin.open(opora.url("/admin/modules"));
        admin.signIn("admin", opora.demoPassword("admin"));
        admin.awaitPath("/admin/modules");
        admin.awaitText("Индивидуальные программы сопровождения (ИПС) и индивидуальные планы");
        awaitState("opora-programmes", "Не установлен");

        admin.click("admin-module-install-opora-programmes");
        awaitState("opora-programmes", "Работает");
        psychologist.awaitNav(PROGRAMMES_NAV, true);
        psychologist.awaitFollowing(By.id(PROGRAMMES_TAB), true);
        assertEquals(card, psychologist.path(), "the card stays open");
        opora.awaitLog("Demo programmes created", Duration.ofMinutes(2));
        List<String> programmes = programmes(card);
        assertFalse(programmes.isEmpty(), "the demo school's programmes");

        admin.click("admin-module-uninstall-opora-programmes");
        admin.confirm();
        awaitState("opora-programmes", "Не установлен");
        psychologist.awaitNav(PROGRAMMES_NAV, false);
        psychologist.awaitFollowing(By.id(PROGRAMMES_TAB), false);
        assertEquals(card, psychologist.path());

        admin.click("admin-module-install-opora-programmes");
        awaitState("opora-programmes", "Работает");
        psychologist.awaitNav(PROGRAMMES_NAV, true);
        psychologist.awaitFollowing(By.id(PROGRAMMES_TAB), true);
        opora.awaitLog("Demo programmes not created", Duration.ofMinutes(2));
        assertEquals(programmes, programmes(card), "the same programmes after the module came back");
    }

    @Test
    @Order(2)
    void theConsiliumComesAndGoesWhileTheProgrammesStayAndTheLinkFollows() throws Exception {
        String card = psychologist.path();
        assertFalse(psychologist.navEntries().contains(MEETINGS_NAV));

        admin.click("admin-module-install-opora-consilium");
        awaitState("opora-consilium", "Работает");
        psychologist.awaitNav(MEETINGS_NAV, true);
        psychologist.awaitFollowing(By.id(CONSILIUM_TAB), true);
        opora.awaitLog("Demo consilium created", Duration.ofMinutes(2));
        try (Browser secretary = new Browser()) {
            newMeetingProposes(secretary, true);

            admin.click("admin-module-uninstall-opora-consilium");
            admin.confirm();
            awaitState("opora-consilium", "Не установлен");
            psychologist.awaitNav(MEETINGS_NAV, false);
            psychologist.awaitFollowing(By.id(CONSILIUM_TAB), false);
            assertTrue(psychologist.navEntries().contains(PROGRAMMES_NAV), "the programmes stay");
            psychologist.awaitFollowing(By.id(PROGRAMMES_TAB), true);
            assertEquals(card, psychologist.path());
            secretary.awaitPath("/"); // the meeting form went away under her; she is sent home, told why
            assertFalse(secretary.bodyText().contains("consilium."), "no message key on the page");

            admin.click("admin-module-install-opora-consilium");
            awaitState("opora-consilium", "Работает");
            psychologist.awaitNav(MEETINGS_NAV, true);
            psychologist.awaitFollowing(By.id(CONSILIUM_TAB), true);
            newMeetingProposes(secretary, false);
        }
    }

    @Test
    @Order(3)
    void anOperatorRemovesAndAddsTheConsiliumInTheConsole() throws Exception {
        String removed = opora.console("feature:uninstall opora-consilium");
        assertFalse(removed.toLowerCase().contains("error"), removed);
        psychologist.awaitNav(MEETINGS_NAV, false);
        assertFalse(opora.console("feature:list -i").contains("opora-consilium"));

        String added = opora.console("feature:install opora-consilium");
        assertFalse(added.toLowerCase().contains("error"), added);
        psychologist.awaitNav(MEETINGS_NAV, true);
        assertTrue(opora.console("feature:list -i").contains("opora-consilium"));
        assertTrue(opora.console("bundle:list -s").contains("org.opora.programmes.consilium"),
                "the link between the modules is back");
    }

    @Test
    @Order(4)
    void thePatronageComesGoesAndComesBackWithItsCasesInAnOpenCard() throws Exception {
        String card = psychologist.path();
        assertFalse(psychologist.navEntries().contains(PATRONAGE_NAV));

        admin.open(opora.url("/admin/modules"));
        awaitState("opora-patronage", "Не установлен");
        admin.click("admin-module-install-opora-patronage");
        awaitState("opora-patronage", "Работает");
        psychologist.awaitNav(PATRONAGE_NAV, true);
        psychologist.awaitFollowing(By.id(PATRONAGE_TAB), true);
        opora.awaitLog("Demo patronage created", Duration.ofMinutes(2));
        List<String> cases = cases(card);
        assertFalse(cases.isEmpty(), "the psychologist's demo cases");

        admin.click("admin-module-uninstall-opora-patronage");
        admin.confirm();
        awaitState("opora-patronage", "Не установлен");
        psychologist.awaitNav(PATRONAGE_NAV, false);
        psychologist.awaitFollowing(By.id(PATRONAGE_TAB), false);
        assertEquals(card, psychologist.path());

        admin.click("admin-module-install-opora-patronage");
        awaitState("opora-patronage", "Работает");
        psychologist.awaitNav(PATRONAGE_NAV, true);
        psychologist.awaitFollowing(By.id(PATRONAGE_TAB), true);
        opora.awaitLog("Demo patronage not created", Duration.ofMinutes(2));
        assertEquals(cases, cases(card), "the same cases after the module came back");
    }

    /** The patronage list as the psychologist sees it; then back to the card. */
    private static List<String> cases(String card) {
        psychologist.clickNav(PATRONAGE_NAV);
        psychologist.awaitPath("/patronage/cases");
        psychologist.await(By.cssSelector("[id^='patronage-case-row-']"));
        @SuppressWarnings("unchecked")
        List<String> rows = (List<String>) psychologist.js("""
                return [...document.querySelectorAll("[id^='patronage-case-row-']")]
                    .map(r => r.id + ' ' + r.textContent.trim()).sort();""");
        assertFalse(psychologist.bodyText().contains("patronage."), "no message key on the page");
        psychologist.open(opora.url(card));
        psychologist.awaitFollowing(By.id(PATRONAGE_TAB), true);
        return rows;
    }

    /** The secretary's new meeting form proposes the pupil whose programme ends (the programmes' agenda source). */
    @Test
    @Order(5)
    void afterModulesCameAndWentTheOperatorFindsTheAuditChainIntact() throws Exception {
        String check = opora.console("opora:audit-verify");
        assertTrue(check.contains("Audit journal intact, "), check);
        assertTrue(check.matches("(?s).*chain head [0-9a-f]{64}.*"), check);
    }

    private static void newMeetingProposes(Browser secretary, boolean signIn) throws Exception {
        secretary.open(opora.url("/consilium/meetings"));
        if (signIn) {
            secretary.signIn("socped", opora.demoPassword("socped"));
        }
        secretary.awaitPath("/consilium/meetings");
        secretary.click("meetings-new");
        secretary.await(By.id("meeting-proposals"));
        secretary.awaitText(REVIEW_PROPOSAL);
    }

    /** The programmes list as the psychologist sees it; then back to the card. */
    private static List<String> programmes(String card) {
        psychologist.clickNav(PROGRAMMES_NAV);
        psychologist.awaitPath("/programmes");
        psychologist.await(By.cssSelector("[id^='programmes-row-']"));
        @SuppressWarnings("unchecked")
        List<String> rows = (List<String>) psychologist.js("""
                return [...document.querySelectorAll("[id^='programmes-row-']")]
                    .map(r => r.id + ' ' + r.textContent.trim()).sort();""");
        assertFalse(psychologist.bodyText().contains("programmes."), "no message key on the page");
        psychologist.open(opora.url(card));
        psychologist.awaitFollowing(By.id(PROGRAMMES_TAB), true);
        return rows;
    }

    private static void awaitState(String module, String state) {
        admin.await(By.xpath("//*[@id='admin-module-state-" + module + "' and normalize-space(.)='" + state + "']"));
    }
}
