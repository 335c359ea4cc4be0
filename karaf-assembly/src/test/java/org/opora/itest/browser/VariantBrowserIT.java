package org.opora.itest.browser;

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
 * seeing what changes, and the school's configuration, exported from one installation, makes a fresh installation
 * apply the same rules.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VariantBrowserIT extends BrowserTestSupport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

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
            browser.awaitText("Срок реализации ИПС — не менее 4 мес.");
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
