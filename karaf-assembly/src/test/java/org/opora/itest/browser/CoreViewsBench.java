package org.opora.itest.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Benchmark, not a test (no assertion on time; not run by {@code mvn verify}): how long the server takes to answer
 * when a user opens the pupil list and a pupil card of the demo school. Measured in Chromium as the sum of the
 * durations of the Vaadin requests (UIDL round trips on localhost: server work plus a negligible network) for one
 * navigation, over several runs. Run with {@code bash karaf-assembly/src/bench/core-views.sh [runs]}.
 */
class CoreViewsBench {

    @Test
    void pupilListAndCard() throws Exception {
        int runs = Integer.getInteger("bench.runs", 7);
        try (RunningDistribution opora = RunningDistribution.start("core-bench")) {
            Browser browser = new Browser();
            try {
                browser.open(opora.url("/"));
                browser.signIn("psychologist", opora.demoPassword("psychologist"));
                browser.await(By.id("opora-home"));
                List<Double> list = new ArrayList<>();
                List<Double> card = new ArrayList<>();
                List<Double> search = new ArrayList<>();
                for (int i = 0; i < runs + 1; i++) {
                    browser.open(opora.url("/"));
                    browser.await(By.id("opora-home"));
                    browser.js("performance.clearResourceTimings()");
                    browser.clickNav("Обучающиеся");
                    browser.await(By.id("pupils-grid"));
                    browser.awaitText("Найдено: ");
                    browser.settle();
                    double l = ((Number) browser.js(BenchFigures.VAADIN_REQUESTS)).doubleValue();

                    String all = browser.await(By.id("pupils-count")).getText();
                    browser.js("performance.clearResourceTimings()");
                    browser.type("pupils-search", "Мальцева");
                    browser.awaitTextChange("pupils-count", all);
                    browser.settle();
                    double s = ((Number) browser.js(BenchFigures.VAADIN_REQUESTS)).doubleValue();

                    browser.js("performance.clearResourceTimings()");
                    browser.clickFirstGridRow("pupils-grid");
                    browser.await(By.id("pupil-name"));
                    browser.settle();
                    double c = ((Number) browser.js(BenchFigures.VAADIN_REQUESTS)).doubleValue();
                    if (i > 0) { // the first run warms the JIT and the caches
                        list.add(l);
                        search.add(s);
                        card.add(c);
                    }
                }
                System.out.printf("%nopora-core with the demo school (%d runs after one warm-up), server time per"
                        + " navigation in ms (Vaadin requests):%n", runs);
                BenchFigures.print("pupil list (/pupils, first page of ~600)", list);
                BenchFigures.print("search by name", search);
                BenchFigures.print("pupil card (/pupil/<id>)", card);
            } finally {
                browser.close();
            }
        }
    }
}
