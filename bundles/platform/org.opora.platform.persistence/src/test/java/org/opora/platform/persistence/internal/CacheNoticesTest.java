package org.opora.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.platform.persistence.internal.CacheNotices.Entry;
import org.opora.platform.persistence.internal.CacheNotices.Notice;

class CacheNoticesTest {

    @Test
    void aNoticeNamesItsNodeUnitAndRecordsByTypedKey() {
        List<String> payloads = CacheNotices.payloads("node-1", "opora-core", List.of(
                CacheNotices.entry("AgencyEntity", 42L), CacheNotices.entry("ChainHead", 1),
                CacheNotices.entry("RoleEntity", "psychologist"), CacheNotices.wholeClass("ClassEntity")));
        assertEquals(List.of("node-1|opora-core\nAgencyEntity|L42\nChainHead|I1\nRoleEntity|Spsychologist\nClassEntity|*"),
                payloads);
        Notice n = CacheNotices.parse(payloads.get(0));
        assertEquals("node-1", n.node());
        assertEquals("opora-core", n.unit());
        assertEquals(List.of(new Entry("AgencyEntity", 42L), new Entry("ChainHead", 1),
                new Entry("RoleEntity", "psychologist"), new Entry("ClassEntity", null)), n.entries());
    }

    @Test
    void aKeyThatCannotBeWrittenStandsForItsWholeClass() {
        assertEquals("RoleEntity|*", CacheNotices.entry("RoleEntity", "a|b"));
        assertEquals("RoleEntity|*", CacheNotices.entry("RoleEntity", "two\nlines"));
        assertEquals("PlanEntity|*", CacheNotices.entry("PlanEntity", new Object()));
    }

    @Test
    void aMalformedLineStandsForTheWholeUnit() {
        assertEquals(List.of(new Entry(CacheNotices.ALL, null), new Entry("AgencyEntity", null)),
                CacheNotices.parse("n|u\ngarbage\nAgencyEntity|Lx").entries());
    }

    @Test
    void manyRecordsAreSplitBelowPostgreSqlsLimitEachWithTheHeader() {
        List<String> lines = new ArrayList<>();
        for (long id = 1; id <= 2000; id++) {
            lines.add(CacheNotices.entry("ПрограммаEntity", 1_000_000_000L + id));
        }
        List<String> payloads = CacheNotices.payloads("node-1", "opora-programmes", lines);
        assertTrue(payloads.size() > 1);
        List<Entry> all = new ArrayList<>();
        for (String p : payloads) {
            assertTrue(p.getBytes(StandardCharsets.UTF_8).length < 8000, "PostgreSQL takes at most 8000 bytes");
            Notice n = CacheNotices.parse(p);
            assertEquals("opora-programmes", n.unit());
            all.addAll(n.entries());
        }
        assertEquals(2000, all.size());
        assertEquals(new Entry("ПрограммаEntity", 1_000_002_000L), all.get(1999));
    }
}
