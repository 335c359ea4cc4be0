package org.opora.core.impl.internal.pupil;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.core.impl.internal.pupil.PupilQueries.ClassPage;

/** Which classes a page of the pupil list spans: classes of 25, 30 and 20 pupils, in the list's order. */
class ClassPageTest {

    private static final List<Object[]> COUNTS = List.of(new Object[] { 7L, 25L }, new Object[] { 3L, 30L },
            new Object[] { 9L, 20L });

    @Test
    void theFirstPageOfFiftyTakesTheFirstTwoClasses() {
        assertEquals(new ClassPage(List.of(7L, 3L), 0), ClassPage.of(COUNTS, 0, 50));
    }

    @Test
    void aPageStartingInsideAClassBeginsThere() {
        assertEquals(new ClassPage(List.of(3L, 9L), 5), ClassPage.of(COUNTS, 30, 40));
        assertEquals(new ClassPage(List.of(9L), 0), ClassPage.of(COUNTS, 55, 50));
    }

    @Test
    void pastTheEndThereIsNoClass() {
        assertEquals(new ClassPage(List.of(), 0), ClassPage.of(COUNTS, 75, 50));
    }
}
