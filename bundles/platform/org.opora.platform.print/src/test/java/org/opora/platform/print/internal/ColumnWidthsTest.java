package org.opora.platform.print.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ColumnWidthsTest {

    private static final float EPS = 0.001f;

    @Test
    void columnsWhoseWordsFitKeepTheirWeights() {
        assertArrayEquals(new float[] {100, 300}, ColumnWidths.fit(400, new float[] {1, 3}, new float[] {50, 80}),
                EPS);
    }

    @Test
    void aColumnTooNarrowForItsLongestWordIsWidenedAtTheExpenseOfTheColumnsWithRoom() {
        float[] widths = ColumnWidths.fit(400, new float[] {1, 1, 2}, new float[] {150, 50, 60});
        assertEquals(150, widths[0], EPS, "widened to its word");
        assertEquals(400, widths[0] + widths[1] + widths[2], EPS);
        // the slack was 50 and 140; the 50 missing are taken in proportion: 50 * 50/190 and 50 * 140/190
        assertEquals(100 - 50 * 50f / 190, widths[1], EPS);
        assertEquals(200 - 50 * 140f / 190, widths[2], EPS);
    }

    @Test
    void whenTheWordsCannotAllFitTheShortOnesStayWholeAndTheLongestShareTheRest() {
        float[] widths = ColumnWidths.fit(300, new float[] {1, 1, 1}, new float[] {40, 200, 500});
        assertArrayEquals(new float[] {40, 130, 130}, widths, EPS);
    }
}
