package org.opora.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.opora.itest.ModuleApi.call;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditQuery;
import org.opora.platform.api.audit.AuditService;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * opora-core as an IT person installs it: a distribution booted without the module gets its views when the feature
 * is installed, loses them when it is uninstalled, and shows the same data when it is installed again.
 *
 * <p>The test calls the core's services reflectively ({@link ModuleApi}): a probe wired to the core's API packages
 * would itself be refreshed when the feature is uninstalled.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CoreFeatureIT extends PlatformTestSupport {

    /** The distribution's boot features without opora-core. */
    private static final String BOOT_WITHOUT_CORE = "framework, wrap, shell, feature, jaas, ssh, bundle, config,"
            + " deployer, diagnostic, instance, log, package, service, system, scr, opora-platform";

    @Configuration
    public Option[] config() throws java.io.IOException {
        File database = freshDatabase("itest-core-db");
        return platform(database,
                editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot", BOOT_WITHOUT_CORE));
    }

    @Test
    public void installUninstallAndInstallAgain() throws Exception {
        ModuleApi core = new ModuleApi(context, "org.opora.core.api", TIMEOUT);
        FeaturesService features = service(FeaturesService.class, null);
        assertFalse(features.isInstalled(features.getFeature("opora-core")));
        assertFalse(routes().contains("pupils"));

        features.installFeature("opora-core");
        eventually("core views registered", () -> routes().containsAll(Set.of("pupils", "classes", "staff"))
                && routes().stream().anyMatch(r -> r.startsWith("pupil/")));

        Object school = call(core.service("SchoolService"), "school");
        Object year = call(school, "currentYear");
        Object klass = call(core.service("pupil.ClassService"), "create", year,
                core.make("pupil.ClassDraft", 7, "Б", null));
        Object pupils = core.service("pupil.PupilService");
        Object pupil = call(pupils, "create", core.make("pupil.PupilDraft",
                core.make("PersonName", "Соколова", "Дарья", "Андреевна"), LocalDate.now().minusYears(13),
                core.constant("Sex", "FEMALE"), call(klass, "id")));
        long id = (Long) call(pupil, "id");
        call(pupils, "addRepresentative", id, core.make("pupil.RepresentativeDraft", "Соколова Ирина Павловна",
                "mother", "+7 (900) 123-45-67", ""));
        call(pupils, "setFlag", id, "gifted", LocalDate.now().minusDays(10), "Олимпиада");

        features.uninstallFeature("opora-core");
        eventually("core views removed", () -> routes().stream().noneMatch(r -> r.equals("pupils")
                || r.startsWith("pupil/") || r.equals("classes")));
        assertFalse(hasService(EntityManagerFactory.class, "(osgi.unit.name=opora-core)"));
        assertTrue("the platform's units stay",
                hasService(EntityManagerFactory.class, "(osgi.unit.name=opora-security)"));

        features.installFeature("opora-core");
        eventually("core views back", () -> routes().contains("pupils"));
        Object again = core.service("pupil.PupilService");
        List<?> found = (List<?>) call(again, "find", call(core.type("pupil.PupilQuery"), "byName", "соколова дар"), 0,
                10);
        assertEquals(1, found.size());
        assertEquals("7Б", call(found.get(0), "className"));
        Object card = call(again, "card", id);
        List<?> reps = (List<?>) call(card, "representatives");
        assertEquals("+7 (900) 123-45-67", call(reps.get(0), "phone"));
        assertEquals("gifted", call(((List<?>) call(card, "flags")).get(0), "flag"));

        // promotion to the next academic year: 7Б moves up with its pupil, the history keeps the old class
        assertEquals(1, call(call(core.service("pupil.ClassService"), "promotionPreview"), "pupilsMoved"));
        Object result = call(core.service("pupil.ClassService"), "promote");
        assertEquals(1, call(result, "pupilsMoved"));
        Object moved = call(again, "card", id);
        assertEquals("8Б", call(call(moved, "pupil"), "className"));
        assertEquals(2, ((List<?>) call(moved, "placements")).size());
        // (labels, not the records: the year read before the reinstall is of the old bundle's class)
        assertEquals(call(call(year, "next"), "label"),
                call(call(call(core.service("SchoolService"), "school"), "currentYear"), "label"));

        AuditService audit = service(AuditService.class, null);
        assertTrue("reading the card is journaled", audit.count(new AuditQuery(null, null, null, AuditAction.READ,
                "pupil", String.valueOf(id))) > 0);
    }

    private Set<String> routes() {
        try {
            return vaadinRoutes();
        } catch (Exception e) {
            return Set.of();
        }
    }
}
