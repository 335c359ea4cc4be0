package org.opora.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.opora.itest.module.NotePrint;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.PermissionDefinition;
import org.opora.platform.api.security.UserAdministration;
import org.opora.platform.ui.api.PupilCardSections;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/**
 * A module bundle installed into the running distribution contributes a view (a Vaadin route and a navigation
 * entry), a permission and its own persistence unit; stopping it takes all three away without touching the data
 * or other modules, starting it brings them back. {@link ModuleRestartIT} then checks the data after a restart.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ModuleLifecycleIT extends PlatformTestSupport {

    static final File MARKER = new File(SHARED_DIR, "written-note.txt");
    private static final String UNIT = "(osgi.unit.name=opora-itest)";

    @Configuration
    public Option[] config() throws Exception {
        deleteTree(SHARED_DIR);
        SHARED_DIR.mkdirs();
        return platform(SHARED_DB, testModule());
    }

    @Test
    public void a_moduleContributesRouteUnitAndPermission() throws Exception {
        EntityManagerFactory emf = service(EntityManagerFactory.class, UNIT);
        String text = "note written at " + System.nanoTime();
        insertNote(emf, text);
        assertTrue(noteTexts(emf).contains(text));
        Files.writeString(MARKER.toPath(), text, StandardCharsets.UTF_8);

        eventually("route itest-notes in Vaadin", () -> routes().contains("itest-notes"));
        UserAdministration users = service(UserAdministration.class, null);
        assertTrue(users.permissions().stream().map(PermissionDefinition::id).toList().contains("itest.notes.read"));
        assertTrue("granted to its default role", users.roles().stream()
                .filter(r -> r.name().equals("administrator")).findFirst().orElseThrow()
                .permissions().contains("itest.notes.read"));
    }

    @Test
    public void b_stopRemovesEverythingAndStartBringsItBack() throws Exception {
        EntityManagerFactory emf = service(EntityManagerFactory.class, UNIT);
        long before = noteTexts(emf).size();
        Bundle module = bundle(TEST_MODULE);
        module.stop();
        eventually("route gone", () -> !routes().contains("itest-notes"));
        assertFalse("unit gone", hasService(EntityManagerFactory.class, UNIT));
        UserAdministration users = service(UserAdministration.class, null);
        assertFalse(users.permissions().stream().anyMatch(p -> p.id().equals("itest.notes.read")));
        // the platform's own units are untouched
        assertTrue(hasService(EntityManagerFactory.class, "(osgi.unit.name=opora-security)"));
        assertFalse(users.users().isEmpty() && users.roles().isEmpty());

        module.start();
        eventually("route back", () -> routes().contains("itest-notes"));
        EntityManagerFactory again = service(EntityManagerFactory.class, UNIT);
        assertEquals("data kept", before, noteTexts(again).size());
        assertTrue(users.permissions().stream().anyMatch(p -> p.id().equals("itest.notes.read")));
    }

    @Test
    public void c_contributedFormPrintsWithCyrillicAndNeedsASignedInUser() throws Exception {
        DocumentService documents = service(DocumentService.class, null);
        eventually("the module's form is registered", () -> {
            try {
                return hasService(org.opora.platform.api.print.PrintableDocument.class, null);
            } catch (org.osgi.framework.InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            documents.print(NotePrint.ID, "7", Locale.forLanguageTag("ru"));
            throw new AssertionError("printed without a signed-in user");
        } catch (AccessDeniedException expected) {
            // found, but nobody is signed in: refused before anything is built
        } catch (RuntimeException e) {
            java.io.StringWriter w = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(w));
            throw new AssertionError(w.toString());
        }
        byte[] pdf = documents.render(new NotePrint().build("7", Locale.forLanguageTag("ru")));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text, text.contains("Для служебного пользования"));
            assertTrue(text, text.contains("Иванов Иван Иванович"));
            assertTrue(text, text.contains("УТВЕРЖДАЮ"));
        }
    }

    @Test
    public void d_pupilCardSectionIsShownOnlyToThoseWithItsPermission() throws Exception {
        PupilCardSections sections = service(PupilCardSections.class, null);
        OporaUser reader = new OporaUser("reader", "Reader", Set.of(), Set.of("itest.notes.read"), null);
        OporaUser other = new OporaUser("other", "Other", Set.of(), Set.of(), null);
        eventually("section registered", () -> !sections.visibleTo(reader).isEmpty());
        PupilCardSections.Entry entry = sections.visibleTo(reader).get(0);
        assertEquals("itest-notes", entry.id());
        assertEquals(300, entry.order());
        assertTrue(sections.visibleTo(other).isEmpty());
        bundle(TEST_MODULE).stop();
        try {
            eventually("section gone with its module", () -> sections.visibleTo(reader).isEmpty());
        } finally {
            bundle(TEST_MODULE).start();
        }
    }

    private java.util.Set<String> routes() {
        try {
            return vaadinRoutes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void insertNote(EntityManagerFactory emf, String text) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            em.createNativeQuery("INSERT INTO ITEST.NOTES (TEXT) VALUES (?)").setParameter(1, text).executeUpdate();
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    /** Read through the JPA mapping (entity name, schema qualifier), not SQL. */
    static List<String> noteTexts(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        try {
            return em.createQuery("select n.text from Note n", String.class).getResultList();
        } finally {
            em.close();
        }
    }
}
