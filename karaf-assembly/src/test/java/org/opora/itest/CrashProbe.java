package org.opora.itest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opora.core.api.NotFoundException;
import org.opora.core.api.PersonName;
import org.opora.core.api.staff.StaffDraft;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffQuery;
import org.opora.core.api.staff.StaffService;
import org.opora.platform.api.security.SystemWork;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Dropped into the running distribution by {@code DataAtRestIT}'s crash test. On its first start it saves staff
 * members through the core's service one after another, as fast as they commit, and after each save returns appends
 * the record's id and number to {@code data/crash-probe-acked.txt}, forced to disk: the saves acknowledged. The test
 * kills the JVM with SIGKILL in the middle. On the next start (the file exists) it checks instead: every
 * acknowledged record is there with its own data, and it counts the probe's records found; it writes
 * {@code acked=N found=M missing=X wrong=Y} to {@code data/crash-probe-result.txt} ({@code ERROR …} when it failed).
 */
public final class CrashProbe implements BundleActivator {

    public static final String ACKED = "crash-probe-acked.txt";
    public static final String RESULT = "crash-probe-result.txt";
    /** The surname of every record the probe saves; the record's number is its position. */
    public static final String SURNAME = "Crashtest";

    private Thread worker;
    private ServiceTracker<StaffService, StaffService> tracker;

    @Override
    public void start(BundleContext context) {
        tracker = new ServiceTracker<>(context, StaffService.class, null);
        tracker.open();
        Path data = Path.of(System.getProperty("karaf.data"));
        worker = new Thread(() -> SystemWork.run("test: crash probe", () -> run(data)), "crash-probe");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop(BundleContext context) throws InterruptedException {
        worker.interrupt();
        worker.join(5000);
        tracker.close();
    }

    private void run(Path data) {
        Path acked = data.resolve(ACKED);
        Path result = data.resolve(RESULT);
        try {
            StaffService staff = tracker.waitForService(120_000);
            if (staff == null) {
                throw new IllegalStateException("no StaffService within 2 minutes");
            }
            if (!Files.exists(acked)) {
                save(staff, acked);
            } else if (!Files.exists(result)) {
                Files.writeString(result, check(staff, acked), StandardCharsets.UTF_8);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            try {
                Files.writeString(result, "ERROR " + e, StandardCharsets.UTF_8);
            } catch (IOException ignored) {
                // nothing left to report it with
            }
        }
    }

    /** Saves until stopped; each acknowledged save is one line «id TAB number», on disk before the next save. */
    private static void save(StaffService staff, Path acked) throws IOException {
        try (FileChannel out = FileChannel.open(acked, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int i = 1; !Thread.currentThread().isInterrupted() && i < 1_000_000; i++) {
                StaffMember saved = staff.create(new StaffDraft(new PersonName(SURNAME, "Anna", ""),
                        "probe " + i, List.of(), "", "", ""));
                out.write(ByteBuffer.wrap((saved.id() + "\t" + i + "\n").getBytes(StandardCharsets.US_ASCII)));
                out.force(true);
            }
        }
    }

    private static String check(StaffService staff, Path acked) throws IOException {
        Map<Long, String> expected = new HashMap<>();
        for (String line : Files.readAllLines(acked, StandardCharsets.US_ASCII)) {
            String[] f = line.split("\t");
            if (f.length == 2) {   // a line cut by the kill was never acknowledged
                expected.put(Long.parseLong(f[0]), "probe " + f[1]);
            }
        }
        int missing = 0;
        int wrong = 0;
        for (Map.Entry<Long, String> e : expected.entrySet()) {
            try {
                StaffMember m = staff.get(e.getKey());
                if (!SURNAME.equals(m.name().surname()) || !e.getValue().equals(m.position())) {
                    wrong++;
                }
            } catch (NotFoundException gone) {
                missing++;
            }
        }
        long found = staff.find(new StaffQuery(SURNAME, "", true), 0, Integer.MAX_VALUE).stream()
                .filter(m -> SURNAME.equals(m.name().surname())).count();
        return "acked=" + expected.size() + " found=" + found + " missing=" + missing + " wrong=" + wrong;
    }
}
