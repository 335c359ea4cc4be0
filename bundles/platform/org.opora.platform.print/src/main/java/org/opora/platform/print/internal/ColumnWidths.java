package org.opora.platform.print.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The widths of a table's columns: shared by the columns' weights, then widened where the longest word of a column
 * (its longest unbreakable part) would not fit, at the expense of the columns with room to spare, so that words are
 * wrapped whole. When the longest words of all columns together are wider than the page, the columns with the
 * shorter longest words still get them whole and the others share the rest equally: only the words wider than that
 * share are cut ({@link TextWrapper}).
 */
final class ColumnWidths {

    private ColumnWidths() {
    }

    /**
     * @param total   the width to share
     * @param weights the columns' weights
     * @param needs   the width each column needs for its longest word, padding included
     */
    static float[] fit(float total, float[] weights, float[] needs) {
        int n = weights.length;
        float[] widths = new float[n];
        float weightSum = 0;
        float needSum = 0;
        for (int i = 0; i < n; i++) {
            weightSum += weights[i];
            needSum += needs[i];
        }
        if (needSum > total) {
            float cap = cap(total, needs);
            for (int i = 0; i < n; i++) {
                widths[i] = Math.min(needs[i], cap);
            }
            return widths;
        }
        float deficit = 0;
        float slack = 0;
        for (int i = 0; i < n; i++) {
            widths[i] = total * weights[i] / weightSum;
            if (widths[i] < needs[i]) {
                deficit += needs[i] - widths[i];
            } else {
                slack += widths[i] - needs[i];
            }
        }
        if (deficit == 0) {
            return widths;
        }
        // the slack covers the deficit since the needs fit the total; each column gives in proportion to its slack
        float share = deficit / slack;
        for (int i = 0; i < n; i++) {
            widths[i] = widths[i] < needs[i] ? needs[i] : widths[i] - (widths[i] - needs[i]) * share;
        }
        return widths;
    }

    /** The width {@code c} with the sum of {@code min(need, c)} equal to the total (the needs exceed it). */
    private static float cap(float total, float[] needs) {
        float[] sorted = needs.clone();
        Arrays.sort(sorted);
        float remaining = total;
        for (int k = 0; k < sorted.length; k++) {
            float share = remaining / (sorted.length - k);
            if (sorted[k] > share) {
                return share;
            }
            remaining -= sorted[k];
        }
        return sorted[sorted.length - 1];
    }

    /** The width of the widest unbreakable part of the texts' words in the style. */
    static float longestWord(List<String> texts, TextStyle style) {
        float max = 0;
        for (String text : texts) {
            for (String word : text.trim().split("\\s+")) {
                for (String part : TextWrapper.parts(word)) {
                    max = Math.max(max, style.width(part));
                }
            }
        }
        return max;
    }
}
