package org.opora.itest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.opora.itest.AccessMatrix.Op;
import org.opora.itest.MatrixRecords.Person;
import org.opora.itest.MatrixRecords.Target;
import org.opora.platform.api.security.SystemWork;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Dropped into the running distribution by {@code AccessMatrixBrowserIT}: once the demo school is loaded, gives the
 * demo's class teacher her part in one record of each type ({@link MatrixRecords#prepare()}) and writes every demo
 * user's confidential records with the user's ties and what the regulations expect of reading them to
 * {@code data/access-matrix-targets.txt} (tab-separated; {@code ERROR} and the exception when it failed).
 */
public final class MatrixProbe implements BundleActivator {

    public static final String FILE = "access-matrix-targets.txt";
    private static final long TIMEOUT = 300_000;

    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new HashMap<>();
    private Thread worker;

    @Override
    public void start(BundleContext context) {
        // the probe prepares and reads as the system, explicitly; the users' part is acted as them (actingAs)
        worker = new Thread(() -> SystemWork.run("test: access-matrix probe", () -> run(context)),
                "access-matrix-probe");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop(BundleContext context) throws InterruptedException {
        worker.interrupt();
        worker.join(5000);
        trackers.values().forEach(ServiceTracker::close);
    }

    private Object service(BundleContext context, Class<?> type) {
        ServiceTracker<?, ?> tracker = trackers.computeIfAbsent(type, t -> {
            ServiceTracker<?, ?> st = new ServiceTracker<>(context, t.getName(), null);
            st.open();
            return st;
        });
        try {
            Object s = tracker.waitForService(60_000);
            if (s == null) {
                throw new IllegalStateException("no service " + type.getName());
            }
            return s;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void run(BundleContext context) {
        Path data = Path.of(System.getProperty("karaf.data", "data"));
        StringBuilder out = new StringBuilder();
        try {
            MatrixRecords records = new MatrixRecords(type -> service(context, type));
            long end = System.currentTimeMillis() + TIMEOUT;
            while (!loaded(records)) {
                if (System.currentTimeMillis() > end) {
                    throw new IllegalStateException("the demo school was not loaded within " + TIMEOUT + " ms");
                }
                Thread.sleep(500);
            }
            records.prepare();
            for (String username : MatrixRecords.USERS) {
                Person p = records.person(username);
                for (Target t : records.targets(p)) {
                    out.append(String.join("\t", username, p.label(), t.kind().name(), String.valueOf(t.id()),
                            t.label(), t.route(), AccessMatrix.expected(t.kind(), Op.READ, t.ties()).name(),
                            String.valueOf(t.ties().stream().anyMatch(AccessMatrix.Tie::personal)),
                            clean(t.marker()), t.ties().stream().map(Enum::name).collect(Collectors.joining(","))))
                            .append('\n');
                }
            }
        } catch (Exception | Error e) {
            out.setLength(0);
            out.append("ERROR\t").append(e).append('\n');
        }
        try {
            Path tmp = data.resolve(FILE + ".tmp");
            Files.writeString(tmp, out, StandardCharsets.UTF_8);
            Files.move(tmp, data.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Still starting (a service not there yet, a unit migrating) counts as not loaded. */
    private static boolean loaded(MatrixRecords records) {
        try {
            return records.demoLoaded();
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
