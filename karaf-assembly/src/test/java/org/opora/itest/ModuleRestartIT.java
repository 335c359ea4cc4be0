package org.opora.itest;

import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import jakarta.persistence.EntityManagerFactory;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * A new container on the database {@link ModuleLifecycleIT} wrote: the module's data survived the restart of the
 * whole container (Failsafe runs the classes in alphabetical order).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModuleRestartIT extends PlatformTestSupport {

    @Configuration
    public Option[] config() {
        return platform(SHARED_DB, testModule());
    }

    @Test
    public void dataWrittenBeforeTheRestartIsThere() throws Exception {
        String written = Files.readString(ModuleLifecycleIT.MARKER.toPath(), StandardCharsets.UTF_8);
        EntityManagerFactory emf = service(EntityManagerFactory.class, "(osgi.unit.name=opora-itest)");
        assertTrue(ModuleLifecycleIT.noteTexts(emf).contains(written));
        eventually("route after restart", () -> {
            try {
                return vaadinRoutes().contains("itest-notes");
            } catch (Exception e) {
                return false;
            }
        });
    }
}
