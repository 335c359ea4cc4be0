package org.opora.itest;

import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.opora.core.api.CoreException;
import org.opora.core.api.NotFoundException;
import org.opora.core.support.ModuleGuard;
import org.opora.itest.AccessMatrix.Actual;
import org.opora.itest.AccessMatrix.Attempt;
import org.opora.itest.AccessMatrix.Kind;
import org.opora.itest.AccessMatrix.Op;
import org.opora.itest.MatrixRecords.Person;
import org.opora.itest.MatrixRecords.Target;
import org.opora.platform.api.security.AccessDeniedException;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The access matrix through the services: the distribution with every module and the demo school; every demo user,
 * with the permissions the platform resolves for them at sign-in, calls the read and the write service method of
 * every demo record of each confidential type ({@link MatrixRecords}), and the outcome is compared with what the
 * regulations expect ({@link AccessMatrix}). A refused write must leave the record unchanged. The table goes to
 * stdout (the failsafe report) and to {@code target/access-matrix-services.txt}; a LEAK, an OVER or an ERROR fails.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AccessMatrixIT extends PlatformTestSupport {

    private static final long LOAD_TIMEOUT = 300_000;

    @Configuration
    public Option[] config() throws IOException {
        return platform(freshDatabase("itest-matrix-db"),
                editConfigurationFilePut("etc/custom.system.properties", "opora.modules",
                        ALL_MODULES + ",opora-teacher-support,opora-demo"),
                editConfigurationFilePut("etc/custom.system.properties", "opora.itest.report",
                        new File("target/access-matrix-services.txt").getAbsolutePath()));
    }

    @Test
    public void everyDemoUserOnEveryConfidentialRecordAsTheRegulationsSay() throws Exception {
        MatrixRecords records = new MatrixRecords(type -> {
            try {
                return service(type, null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long end = System.currentTimeMillis() + LOAD_TIMEOUT;
        while (!records.demoLoaded()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("the demo school was not loaded within " + LOAD_TIMEOUT + " ms");
            }
            Thread.sleep(500);
        }
        records.prepare();
        List<Attempt> attempts = new ArrayList<>();
        for (String username : MatrixRecords.USERS) {
            Person p = records.person(username);
            for (Target t : records.targets(p)) {
                if (t.read() != null) {
                    attempts.add(attempt(p, t, Op.READ, t.read(), null));
                }
                Supplier<Object> write = t.write().get();
                attempts.add(attempt(p, t, Op.WRITE, write, t.fingerprint()));
            }
        }
        String table = AccessMatrix.table("Access matrix through the services (expected from the regulations vs "
                + "actual)", attempts);
        System.out.println(table);
        String report = System.getProperty("opora.itest.report");
        if (report != null) {
            Files.writeString(new File(report).toPath(), table, StandardCharsets.UTF_8);
        }
        for (Kind k : Kind.values()) {
            assertTrue("no demo record of " + k.title() + " was tried", attempts.stream().anyMatch(a -> a.kind() == k));
        }
        long failed = attempts.stream().filter(Attempt::fails).count();
        assertTrue(failed + " attempts differ from the regulations:\n" + table, failed == 0);
    }

    /**
     * Calls as the user. Returned, or refused by a rule after the access check (a {@code CoreException} other than
     * not-found) = allowed; {@link AccessDeniedException} or not-found = refused; a read returning nothing of the
     * record (findings hidden) = refused. A refused write must leave the fingerprint unchanged.
     */
    private static Attempt attempt(Person p, Target t, Op op, Supplier<Object> call, Supplier<Object> fingerprint) {
        Object before = fingerprint == null ? null : fingerprint.get();
        Actual actual;
        String note = "";
        try {
            Object result = ModuleGuard.actingAs(p.user(), call);
            actual = result == null && op == Op.READ ? Actual.REFUSED : Actual.ALLOWED;
        } catch (AccessDeniedException | NotFoundException refused) {
            actual = Actual.REFUSED;
            note = refused.getClass().getSimpleName() + ": " + refused.getMessage();
        } catch (CoreException byRule) {
            actual = Actual.ALLOWED;
            note = "passed the access check, refused by a rule: " + byRule.getMessage();
        } catch (RuntimeException e) {
            actual = Actual.ERROR;
            note = e.toString();
        }
        if (actual == Actual.REFUSED && fingerprint != null && !before.equals(fingerprint.get())) {
            actual = Actual.ALLOWED;
            note = "refused, yet the record changed";
        }
        return new Attempt(p.label(), t.kind(), op, t.label(), t.ties(), AccessMatrix.expected(t.kind(), op, t.ties()),
                actual, note);
    }
}
