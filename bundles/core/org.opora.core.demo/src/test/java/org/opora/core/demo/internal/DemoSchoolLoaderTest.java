package org.opora.core.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.opora.core.api.School;
import org.opora.core.api.seed.SchoolSeed;
import org.opora.core.api.seed.SchoolSeedService;
import org.opora.core.demo.DemoRun;
import org.opora.platform.api.security.SystemWork;

class DemoSchoolLoaderTest {

    /** A core whose first seeds are refused for a lock (as while another module's schema is being migrated). */
    private static final class Core implements SchoolSeedService {
        private final List<RuntimeException> failures;
        int seeds;
        boolean stored;

        Core(RuntimeException... failures) {
            this.failures = new ArrayList<>(List.of(failures));
        }

        @Override
        public boolean isEmpty() {
            return !stored;
        }

        @Override
        public School seed(SchoolSeed seed) {
            if (!SystemWork.system()) {
                throw new AssertionError("the demo school is seeded as the system, explicitly");
            }
            seeds++;
            if (!failures.isEmpty()) {
                throw failures.remove(0);
            }
            stored = true;
            return null;
        }
    }

    private static RuntimeException lockTimeout() {
        return new IllegalStateException("write failed", new SQLTransactionRollbackException(
                "A lock could not be obtained within the time requested", "40XL1"));
    }

    @Test
    void aSeedRefusedForALockIsTriedAgainAfterAPause() {
        Core core = new Core(lockTimeout(), lockTimeout());
        List<Long> pauses = new ArrayList<>();
        assertTrue(DemoSchoolLoader.load(core, 42, pauses::add));
        assertEquals(3, core.seeds);
        assertEquals(List.of(2_000L, 4_000L), pauses);
    }

    @Test
    void anotherFailureIsNotTriedAgain() {
        Core core = new Core(new IllegalArgumentException("a reference the seed does not define"));
        assertFalse(DemoSchoolLoader.load(core, 42, ms -> { }));
        assertEquals(1, core.seeds);
    }

    @Test
    void theTriesEnd() {
        RuntimeException[] always = new RuntimeException[DemoRun.ATTEMPTS];
        for (int i = 0; i < always.length; i++) {
            always[i] = lockTimeout();
        }
        Core core = new Core(always);
        assertFalse(DemoSchoolLoader.load(core, 42, ms -> { }));
        assertEquals(DemoRun.ATTEMPTS, core.seeds);
    }

    @Test
    void aSchoolThatIsThereIsNotTouched() {
        Core core = new Core();
        core.stored = true;
        assertFalse(DemoSchoolLoader.load(core, 42, ms -> { }));
        assertEquals(0, core.seeds);
    }
}
