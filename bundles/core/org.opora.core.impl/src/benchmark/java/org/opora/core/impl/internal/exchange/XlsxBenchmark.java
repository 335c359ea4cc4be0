package org.opora.core.impl.internal.exchange;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Compares the own streaming XLSX writer and reader with Apache POI on a sheet of 5 000 pupils in the export's 15
 * columns (Cyrillic names, dates, two representatives). Each case runs in a JVM of its own (serial GC) and reports
 * the median time of five runs after three warm-ups, the bytes allocated by one run, and the smallest {@code -Xmx}
 * with which it completes twice; the *_ONLY cases are the baselines (the rows in memory, the file in memory), so the
 * heap a case needs is its minimum less its baseline's. Not part of the build; run it with
 * {@code mvn -o -q -P xlsx-benchmark -pl bundles/core/org.opora.core.impl test-compile exec:exec@xlsx-benchmark}.
 */
public final class XlsxBenchmark {

    static final int ROWS = 5_000;
    private static final int[] HEAPS_MB = {6, 8, 10, 12, 16, 20, 24, 32, 40, 48, 64, 80, 96, 128, 192, 256, 384, 512};

    enum Case {
        ROWS_ONLY(true), OWN_WRITE(true), POI_SXSSF_WRITE(true), POI_XSSF_WRITE(true),
        FILE_ONLY(false), OWN_READ(false), POI_SAX_READ(false), POI_XSSF_READ(false);

        final boolean write;

        Case(boolean write) {
            this.write = write;
        }
    }

    private XlsxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2) {
            Case c = Case.valueOf(args[1]);
            Supplier<Object> op = operation(c);
            if ("measure".equals(args[0])) {
                System.out.println(measure(op));
            } else {
                Reference.reachabilityFence(op.get());
                Reference.reachabilityFence(op.get());
            }
            return;
        }
        byte[] file = new XlsxWriter().write("Pupils", header(), rows());
        System.out.printf("%d rows x %d columns; the own writer's file: %d bytes; POI reads the same cells: %s%n",
                ROWS, header().size(), file.length, PoiCases.sameCells(file, new XlsxReader(ROWS).read(file)));
        System.out.printf("%-16s %9s %14s %10s%n", "case", "time ms", "allocated MB", "min -Xmx");
        for (Case c : Case.values()) {
            String figures = child("measure", c, 512);
            System.out.printf("%-16s %s %10s%n", c, figures == null ? "failed" : figures.trim(),
                    minimumHeap(c) + " MB");
        }
    }

    private static Supplier<Object> operation(Case c) {
        if (c.write) {
            List<List<String>> rows = rows();
            return switch (c) {
                case ROWS_ONLY -> () -> rows;
                case OWN_WRITE -> () -> new XlsxWriter().write("Pupils", header(), rows);
                case POI_SXSSF_WRITE -> () -> PoiCases.writeStreaming(header(), rows);
                default -> () -> PoiCases.writeWorkbook(header(), rows);
            };
        }
        byte[] file = new XlsxWriter().write("Pupils", header(), rows());
        return switch (c) {
            case FILE_ONLY -> () -> file;
            case OWN_READ -> () -> new XlsxReader(20_000).read(file);
            case POI_SAX_READ -> () -> PoiCases.readStreaming(file);
            default -> () -> PoiCases.readWorkbook(file);
        };
    }

    /** Time and allocation of one run, after warm-up. */
    private static String measure(Supplier<Object> op) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 3; i++) {
            Reference.reachabilityFence(op.get());
        }
        long[] times = new long[5];
        long allocated = 0;
        for (int i = 0; i < times.length; i++) {
            long bytesBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            Reference.reachabilityFence(op.get());
            times[i] = System.nanoTime() - start;
            allocated = threads.getCurrentThreadAllocatedBytes() - bytesBefore;
        }
        Arrays.sort(times);
        return String.format("%9d %14.1f", times[2] / 1_000_000, allocated / 1048576.0);
    }

    /** The smallest heap of the list with which the case completes, by bisection. */
    private static int minimumHeap(Case c) throws Exception {
        int low = 0;
        int high = HEAPS_MB.length - 1;
        while (low < high) {
            int mid = (low + high) / 2;
            if (child("run", c, HEAPS_MB[mid]) != null) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return HEAPS_MB[low];
    }

    /** Runs a case in a JVM of its own; its output, or {@code null} when it failed (out of memory). */
    private static String child(String mode, Case c, int heapMb) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heapMb + "m", "-XX:+UseSerialGC",
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "-cp", System.getProperty("java.class.path"), XlsxBenchmark.class.getName(), mode, c.name()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes());
        return p.waitFor() == 0 ? out : null;
    }

    static List<String> header() {
        List<String> header = new ArrayList<>(List.of("Surname", "Name", "Patronymic", "Birth date", "Sex", "Class",
                "Class teacher"));
        for (int i = 1; i <= 2; i++) {
            header.addAll(List.of("Representative " + i, "Relation " + i, "Phone " + i, "E-mail " + i));
        }
        return header;
    }

    /** Pupils as the export writes them, Cyrillic where the school's data is. */
    static List<List<String>> rows() {
        Random random = new Random(5000);
        List<List<String>> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            List<String> row = new ArrayList<>(List.of(word(random, 9), word(random, 6), word(random, 10),
                    String.format("%02d.%02d.%d", 1 + random.nextInt(28), 1 + random.nextInt(12),
                            2008 + random.nextInt(10)),
                    random.nextBoolean() ? "\u041c" : "\u0416", (1 + random.nextInt(11)) + "\u0410",
                    word(random, 8) + " " + word(random, 6)));
            for (int r = 0; r < 2; r++) {
                row.addAll(List.of(word(random, 9) + " " + word(random, 6), word(random, 4),
                        String.format("+7 (9%02d) %03d-%02d-%02d", random.nextInt(100), random.nextInt(1000),
                                random.nextInt(100), random.nextInt(100)),
                        "parent" + random.nextInt(100_000) + "@example.org"));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String word(Random random, int length) {
        StringBuilder w = new StringBuilder().append((char) (0x0410 + random.nextInt(32)));
        for (int i = 1; i < length; i++) {
            w.append((char) (0x0430 + random.nextInt(32)));
        }
        return w.toString();
    }
}
