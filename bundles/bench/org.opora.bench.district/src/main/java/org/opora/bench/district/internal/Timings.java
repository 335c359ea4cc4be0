package org.opora.bench.district.internal;

import java.util.Arrays;
import java.util.Locale;

/**
 * The durations of repeated calls of one list, in milliseconds, and their percentiles (nearest rank).
 *
 * <pre>{@code
 * Timings t = new Timings("pupils: first page", 50);
 * t.add(12.5);
 * t.p95();   // 12.5
 * }</pre>
 */
final class Timings {

    /** The p95 a list may take on a district's data (issue 17). */
    static final double LIMIT_MS = 100.0;

    private final String name;
    private final double[] millis;
    private int n;
    private int rows;
    private String failure;

    Timings(String name, int capacity) {
        this.name = name;
        this.millis = new double[capacity];
    }

    void add(double ms) {
        millis[n++] = ms;
    }

    /** How many rows (or the count) the list answered, to show that it found something. */
    void rows(int found) {
        rows = found;
    }

    /** The list could not be timed: the reason is printed instead of figures. */
    void failed(String reason) {
        failure = reason;
    }

    double percentile(double p) {
        if (n == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(millis, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * n);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))];
    }

    /** The 95th percentile; a list that failed counts as over the limit. */
    double p95() {
        return failure != null ? Double.POSITIVE_INFINITY : percentile(95);
    }

    String line() {
        if (failure != null) {
            return String.format(Locale.ROOT, "%-58s FAILED %s", name, failure);
        }
        return String.format(Locale.ROOT, "%-58s %8d %9.1f %9.1f %9.1f  %s", name, rows, percentile(50), p95(),
                percentile(99), p95() <= LIMIT_MS ? "PASS" : "OVER");
    }

    static String header() {
        return String.format(Locale.ROOT, "%-58s %8s %9s %9s %9s  %s", "list (count + first page as the grid asks)",
                "rows", "p50 ms", "p95 ms", "p99 ms", "p95 <= 100 ms");
    }
}
