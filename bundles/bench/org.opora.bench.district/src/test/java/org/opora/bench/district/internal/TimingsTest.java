package org.opora.bench.district.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimingsTest {

    @Test
    void percentilesAreTheNearestRank() {
        Timings t = new Timings("list", 100);
        for (int i = 100; i >= 1; i--) {
            t.add(i);
        }
        assertEquals(50.0, t.percentile(50));
        assertEquals(95.0, t.p95());
        assertEquals(99.0, t.percentile(99));
        assertTrue(t.line().endsWith("PASS"));
    }

    @Test
    void aSlowListIsOver() {
        Timings t = new Timings("slow list", 2);
        t.add(150);
        t.add(170);
        assertTrue(t.line().endsWith("OVER"));
    }
}
