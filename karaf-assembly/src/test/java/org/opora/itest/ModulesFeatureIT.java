package org.opora.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.duty.DutyProvider;
import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.print.PrintableDocument;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.PermissionProvider;
import org.opora.platform.api.security.SystemWork;
import org.opora.platform.api.security.UserAdministration;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * What only a container shows about the modules as features: a distribution booted with the platform alone gets the
 * core (with the demo school), then the patronage alone on the core, then the teacher support alone on the core
 * (its demo records written through its services, its duties and printable forms offered, the conclusion printed
 * from a demo record), then the programmes and the consilium installed one after the other; each brings its views
 * (the teacher support has none yet) and its persistence unit, and the link between the programmes and the consilium
 * is there only while both are. Removing the consilium leaves the programmes working; removing the patronage or the
 * teacher support leaves the core's data, and the teacher support installed again finds its own records; removing
 * every module leaves the platform; installing them again shows the same rows in every module's tables. The probe uses only the platform's and Karaf's types and
 * plain JDBC: a probe wired to a module's API would itself be refreshed when the module goes. The modules'
 * behaviour is tested typed in {@link CoreServicesIT}, {@link ConsiliumServicesIT}, {@link ProgrammesServicesIT}
 * and in each module's service tests; the same comings and goings in a browser on the shipped distribution in
 * {@code ModulesBrowserIT}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModulesFeatureIT extends PlatformTestSupport {

    private static final String BOOT_PLATFORM_ONLY = "framework, wrap, shell, feature, jaas, ssh, bundle, config,"
            + " deployer, diagnostic, instance, log, package, service, system, scr, opora-platform";
    private static final String LINK = "org.opora.programmes.consilium";
    /** The patronage's links: the pupil's consilium protocols and programmes on the case page. */
    private static final String PATRONAGE_CONSILIUM = "org.opora.patronage.consilium";
    private static final String PATRONAGE_PROGRAMMES = "org.opora.patronage.programmes";
    private static final Set<String> CONSILIUM_VIEWS = Set.of("consilium/meetings", "consilium/referrals",
            "consilium/composition");
    /** Tables whose rows must survive the modules going and coming back (the demo school fills them). */
    private static final String[] TABLES = {"OPORACORE.PUPIL", "OPORACORE.STAFF", "OPORAPROG.PROGRAMME",
        "OPORAPROG.INDIVIDUAL_PLAN", "OPORACONS.MEETING", "OPORACONS.REFERRAL", "OPORAPATRON.PATRONAGE_CASE",
        "OPORAPATRON.WORK_ITEM", "OPORAPATRON.CONTACT", "OPORATEACH.SUPPORT_RECORD", "OPORATEACH.CHECKPOINT",
        "OPORATEACH.HELP"};
    private static final String TEACHER_UNIT = "(osgi.unit.name=opora-teacher-support)";

    @Configuration
    public Option[] config() throws IOException {
        File database = freshDatabase("itest-modules-db");
        return platform(database,
                editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot", BOOT_PLATFORM_ONLY));
    }

    @Test
    public void modulesComeGoAndComeBackWithTheirData() throws Exception {
        FeaturesService features = service(FeaturesService.class, null);
        assertFalse(routes().contains("pupils"));

        features.installFeature("opora-core");
        eventually("core views", () -> routes().containsAll(Set.of("pupils", "classes", "staff")));
        assertTrue(hasService(EntityManagerFactory.class, "(osgi.unit.name=opora-core)"));
        features.installFeature("opora-demo");
        eventually("the demo school", () -> rows("OPORACORE.PUPIL") > 0);

        features.installFeature("opora-patronage");
        eventually("patronage views on the core alone", () -> routes().contains("patronage/cases"));
        assertTrue(hasService(EntityManagerFactory.class, "(osgi.unit.name=opora-patronage)"));
        eventually("the demo patronage", () -> rows("OPORAPATRON.CONTACT") > 0);
        int pupils = rows("OPORACORE.PUPIL");
        features.uninstallFeature("opora-patronage");
        eventually("patronage views removed", () -> routes().stream().noneMatch(r -> r.startsWith("patronage/")));
        assertFalse(hasService(EntityManagerFactory.class, "(osgi.unit.name=opora-patronage)"));
        assertEquals("the core's data stays", pupils, rows("OPORACORE.PUPIL"));
        assertTrue("the core stays", routes().contains("pupils"));
        teacherSupportAloneOnTheCore(features, pupils);
        features.installFeature("opora-patronage");
        eventually("patronage views back", () -> routes().contains("patronage/cases"));
        assertTrue("no patronage links on the core alone",
                absent(PATRONAGE_CONSILIUM) && absent(PATRONAGE_PROGRAMMES));

        features.installFeature("opora-programmes");
        eventually("programme views", () -> routes().contains("programmes"));
        assertTrue("no link without the consilium", absent(LINK));
        eventually("the patronage's programmes link", () -> active(PATRONAGE_PROGRAMMES));
        assertTrue(absent(PATRONAGE_CONSILIUM));
        eventually("the demo programmes", () -> rows("OPORAPROG.PROGRAMME") > 0);

        features.installFeature("opora-consilium");
        eventually("consilium views", () -> routes().containsAll(CONSILIUM_VIEWS));
        eventually("the link with both modules", () -> active(LINK));
        eventually("the patronage's consilium link", () -> active(PATRONAGE_CONSILIUM));
        Map<String, Integer> before = settledCounts();

        features.uninstallFeature("opora-consilium");
        eventually("consilium views removed", () -> routes().stream().noneMatch(r -> r.startsWith("consilium/")));
        assertTrue("the link goes with the consilium", absent(LINK));
        assertTrue("so does the patronage's", absent(PATRONAGE_CONSILIUM));
        eventually("the patronage's programmes link stays", () -> active(PATRONAGE_PROGRAMMES));
        assertFalse(hasService(EntityManagerFactory.class, "(osgi.unit.name=opora-consilium)"));
        assertTrue("the programmes stay", routes().contains("programmes"));
        assertTrue(hasService(EntityManagerFactory.class, "(osgi.unit.name=opora-programmes)"));

        features.uninstallFeature("opora-programmes");
        features.uninstallFeature("opora-patronage");
        features.uninstallFeature("opora-teacher-support");
        features.uninstallFeature("opora-demo");
        features.uninstallFeature("opora-core");
        eventually("every module's views removed", () -> routes().stream().noneMatch(r -> r.equals("pupils")
                || r.startsWith("programmes") || r.startsWith("patronage/") || r.startsWith("pupil/")));
        assertFalse(hasService(EntityManagerFactory.class, "(osgi.unit.name=opora-core)"));
        assertFalse(hasService(EntityManagerFactory.class, TEACHER_UNIT));
        assertTrue("the platform stays", hasService(EntityManagerFactory.class, "(osgi.unit.name=opora-security)"));
        assertEquals("the data stays in the database", before, counts());

        features.installFeature("opora-core");
        features.installFeature("opora-programmes");
        features.installFeature("opora-consilium");
        features.installFeature("opora-patronage");
        features.installFeature("opora-teacher-support");
        features.installFeature("opora-demo");
        eventually("the teacher support's unit back", () -> hasUnit(TEACHER_UNIT));
        eventually("every module's views back", () -> routes().contains("pupils") && routes().contains("programmes")
                && routes().containsAll(CONSILIUM_VIEWS) && routes().contains("patronage/cases"));
        eventually("the links back", () -> active(LINK) && active(PATRONAGE_CONSILIUM)
                && active(PATRONAGE_PROGRAMMES));
        assertEquals("the same rows, no second demo school", before, counts());
    }

    /**
     * opora-teacher-support installed on the core alone (the patronage removed): its unit, its demo records written
     * through its services, its duties, permissions and forms offered, the conclusion of the demo's concluded record
     * built and rendered; removed, the core's data stays; installed again, it finds its own records and the demo does
     * not write them twice.
     */
    private void teacherSupportAloneOnTheCore(FeaturesService features, int pupils) throws Exception {
        features.installFeature("opora-teacher-support");
        eventually("the teacher support's unit on the core alone", () -> hasUnit(TEACHER_UNIT));
        // the demo's last write signs the conclusion of its third record
        eventually("the demo teacher support", () -> rows("OPORATEACH.SUPPORT_RECORD") == 3
                && rows("OPORATEACH.PROBLEM") == 5 && rows("OPORATEACH.EVIDENCE_FILE") == 1
                && rows("OPORATEACH.SUPPORT_RECORD where RECORD_STATUS = 'CONCLUDED'") == 1);
        assertTrue(hasService(DutyProvider.class,
                "(component.name=org.opora.teachersupport.impl.internal.duty.TeacherSupportDuties)"));
        assertTrue(hasService(PermissionProvider.class,
                "(component.name=org.opora.teachersupport.impl.internal.security.TeacherSupportPermissionProvider)"));
        long concluded = firstId("select ID from OPORATEACH.SUPPORT_RECORD where RECORD_STATUS = 'CONCLUDED'");
        PrintDocument conclusion = form("teachersupport.conclusion").build(String.valueOf(concluded),
                Locale.forLanguageTag("ru"));
        assertTrue(conclusion.title(), conclusion.title().startsWith("Общее заключение"));
        byte[] pdf = service(DocumentService.class, null).render(conclusion);
        assertTrue("a PDF", pdf.length > 1000 && new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
        assertTrue(form("teachersupport.card").build(String.valueOf(concluded), Locale.ENGLISH).blocks().size() > 5);
        approvedByTheDeputy(concluded);
        Map<String, Integer> own = Map.of("records", rows("OPORATEACH.SUPPORT_RECORD"),
                "checkpoints", rows("OPORATEACH.CHECKPOINT"), "help", rows("OPORATEACH.HELP"));

        features.uninstallFeature("opora-teacher-support");
        eventually("the teacher support's unit removed", () -> !hasUnit(TEACHER_UNIT));
        assertEquals("the core's data stays", pupils, rows("OPORACORE.PUPIL"));
        assertTrue("the core stays", routes().contains("pupils"));
        features.installFeature("opora-teacher-support");
        eventually("the teacher support's unit back", () -> hasUnit(TEACHER_UNIT));
        Thread.sleep(3000); // the demo loader looks at the school again; it must find the records and write nothing
        assertEquals("its own records back, not written twice", own, Map.of("records",
                rows("OPORATEACH.SUPPORT_RECORD"), "checkpoints", rows("OPORATEACH.CHECKPOINT"), "help",
                rows("OPORATEACH.HELP")));
    }

    /**
     * The signed conclusion of the demo is approved by a holder of the role of {@code conclusionApprovalChain} (by
     * default the deputy director): it is in their «Мои дела», the approval is stored in the columns the module's
     * second change set added, and the printed conclusion names the position and the person.
     */
    private void approvedByTheDeputy(long recordId) throws Exception {
        UserAdministration users = service(UserAdministration.class, null);
        if (users.roles().stream().noneMatch(r -> "deputy".equals(r.name()))) {
            users.saveRole("deputy", "Заместитель директора по УВР", Set.of("teachersupport.access"));
        }
        users.createUser("sidorova", "Сидорова Елена Викторовна", "", "Zelenaja-Roscha-1970".toCharArray(),
                Set.of("deputy"));
        OporaUser deputy = users.resolve("sidorova").orElseThrow();
        String route = "teacher-support/record/" + recordId;
        List<String> duties = new ArrayList<>();
        for (ServiceReference<DutyProvider> ref : context.getServiceReferences(DutyProvider.class, null)) {
            DutyProvider provider = context.getService(ref);
            SystemWork.actingAs(deputy, () -> provider.dutiesOf(deputy, Locale.forLanguageTag("ru"))).stream()
                    .filter(d -> route.equals(d.route())).forEach(d -> duties.add(d.title()));
        }
        assertEquals(duties.toString(), 1, duties.size());
        assertTrue(duties.get(0), duties.get(0).startsWith("Утвердить заключение о сопровождении"));
        ApprovalStep taken = approve(deputy, recordId);
        assertEquals("Сидорова Елена Викторовна", taken.byName());
        assertEquals(1, rows("OPORATEACH.SUPPORT_RECORD where APPROVED_BY = 'sidorova'"));
        Block.Approval stamp = form("teachersupport.conclusion").build(String.valueOf(recordId),
                Locale.forLanguageTag("ru")).blocks().stream().filter(Block.Approval.class::isInstance)
                .map(Block.Approval.class::cast).findFirst().orElseThrow();
        assertEquals("УТВЕРЖДАЮ", stamp.lines().get(0));
        assertTrue(stamp.lines().toString(), stamp.lines().get(1).startsWith(taken.position() + " "));
        assertTrue(stamp.lines().toString(), stamp.lines().contains("Сидорова Елена Викторовна"));
    }

    /**
     * Approves through the teacher support's {@code ConclusionService} by reflection, acting through the platform's
     * {@code SystemWork}: a probe wired to a module's package (the teacher support's API, the core's support) would
     * be refreshed, its context invalid, when the test removes that feature.
     */
    private ApprovalStep approve(OporaUser deputy, long recordId) throws Exception {
        // getAllServiceReferences: no class-space check, which would wire the probe to the package dynamically
        ServiceReference<?>[] refs = context.getAllServiceReferences(
                "org.opora.teachersupport.api.conclusion.ConclusionService", null);
        Object conclusions = context.getService(refs[0]);
        Method read = conclusions.getClass().getMethod("conclusion", long.class);
        Method approve = conclusions.getClass().getMethod("approve", long.class, long.class, LocalDate.class);
        return SystemWork.actingAs(deputy, () -> {
            try {
                Object conclusion = read.invoke(conclusions, recordId);
                long version = (Long) conclusion.getClass().getMethod("version").invoke(conclusion);
                return (ApprovalStep) approve.invoke(conclusions, recordId, version, LocalDate.now());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        });
    }

    private PrintableDocument form(String id) throws InvalidSyntaxException {
        for (ServiceReference<PrintableDocument> ref : context.getServiceReferences(PrintableDocument.class, null)) {
            PrintableDocument form = context.getService(ref);
            if (form != null && id.equals(form.id())) {
                return form;
            }
        }
        throw new AssertionError("no printable form " + id);
    }

    private boolean hasUnit(String filter) {
        try {
            return hasService(EntityManagerFactory.class, filter);
        } catch (InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private long firstId(String sql) {
        try (Connection c = service(DataSource.class, "(dataSourceName=opora)").getConnection();
                Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            assertTrue(sql, r.next());
            return r.getLong(1);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The counts once the demo loaders (which write in the background) have filled every table and stopped. */
    private Map<String, Integer> settledCounts() throws InterruptedException {
        long end = System.currentTimeMillis() + 4 * TIMEOUT;
        Map<String, Integer> last = counts();
        while (System.currentTimeMillis() < end) {
            Thread.sleep(3000);
            Map<String, Integer> now = counts();
            if (now.equals(last) && now.values().stream().allMatch(n -> n > 0)) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the demo data did not settle: " + last);
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, rows(table));
        }
        return counts;
    }

    private int rows(String table) {
        try (Connection c = service(DataSource.class, "(dataSourceName=opora)").getConnection();
                Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            return -1; // the module's schema is not there yet
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private boolean active(String symbolicName) {
        return java.util.Arrays.stream(context.getBundles())
                .anyMatch(b -> symbolicName.equals(b.getSymbolicName()) && b.getState() == Bundle.ACTIVE);
    }

    private boolean absent(String symbolicName) {
        return java.util.Arrays.stream(context.getBundles()).noneMatch(b -> symbolicName.equals(b.getSymbolicName()));
    }

    private Set<String> routes() {
        try {
            return vaadinRoutes();
        } catch (Exception e) {
            return Set.of();
        }
    }
}
