package org.opora.itest.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Benchmark, not a test (no assertion on time; not run by {@code mvn verify}): how long the server takes when the
 * consilium's secretary opens the list of meetings, a meeting with its agenda, and downloads a finalised protocol
 * as PDF, with the demo school and its demo meetings. Views: the summed Vaadin requests of one navigation; the PDF:
 * the download's round trip on localhost. Run with {@code bash karaf-assembly/src/bench/consilium-views.sh [runs]}.
 */
class ConsiliumViewsBench {

    @Test
    void meetingsMeetingAndProtocol() throws Exception {
        int runs = Integer.getInteger("bench.runs", 7);
        try (RunningDistribution opora = RunningDistribution.start("consilium-bench")) {
            opora.awaitLog("Demo consilium created", Duration.ofMinutes(3));
            Browser browser = new Browser();
            try {
                browser.open(opora.url("/"));
                browser.signIn("socped", opora.demoPassword("socped"));
                browser.await(By.id("opora-home"));
                List<Double> list = new ArrayList<>();
                List<Double> meeting = new ArrayList<>();
                List<Double> agenda = new ArrayList<>();
                List<Double> pdf = new ArrayList<>();
                for (int i = 0; i < runs + 1; i++) {
                    browser.open(opora.url("/"));
                    browser.await(By.id("opora-home"));
                    browser.js("performance.clearResourceTimings()");
                    browser.clickNav("Заседания ППк");
                    browser.await(By.id("meetings-grid"));
                    browser.settle();
                    double l = ((Number) browser.js(BenchFigures.VAADIN_REQUESTS)).doubleValue();

                    browser.js("performance.clearResourceTimings()");
                    browser.clickGridCell("meetings-grid", "Протокол завершён");
                    browser.await(By.id("meeting-tabs"));
                    browser.settle();
                    double m = ((Number) browser.js(BenchFigures.VAADIN_REQUESTS)).doubleValue();

                    browser.js("performance.clearResourceTimings()");
                    browser.click("meeting-tab-agenda");
                    browser.click("agenda-item-1");
                    browser.await(By.id("outcome-problems"));
                    browser.settle();
                    double a = ((Number) browser.js(BenchFigures.VAADIN_REQUESTS)).doubleValue();

                    browser.click("meeting-tab-protocol");
                    long start = System.nanoTime();
                    browser.download("protocol-pdf");
                    double p = (System.nanoTime() - start) / 1e6;
                    if (i > 0) { // the first run warms the JIT and the caches
                        list.add(l);
                        meeting.add(m);
                        agenda.add(a);
                        pdf.add(p);
                    }
                }
                System.out.printf("%nopora-consilium with the demo meetings (%d runs after one warm-up), server time"
                        + " in ms:%n", runs);
                BenchFigures.print("meetings (/consilium/meetings)", list);
                BenchFigures.print("meeting page (/consilium/meeting/<id>)", meeting);
                BenchFigures.print("agenda tab and a pupil's part", agenda);
                BenchFigures.print("protocol PDF download", pdf);
            } finally {
                browser.close();
            }
        }
    }
}
