package org.opora.itest.browser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The figures of a benchmark: per measure the median, minimum and maximum of its runs, printed in one line. */
final class BenchFigures {

    /** The summed duration of the Vaadin requests (UIDL round trips) since the resource timings were cleared. */
    static final String VAADIN_REQUESTS = """
            return performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl'))
                .reduce((sum, e) => sum + e.duration, 0);""";

    private BenchFigures() {
    }

    static void print(String what, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf("  %-42s median %6.1f   min %6.1f   max %6.1f   runs %s%n", what,
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1),
                values.stream().map(v -> String.format("%.0f", v)).toList());
    }
}
