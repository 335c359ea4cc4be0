package org.opora.core.api.report;

/** How a chart is drawn. */
public enum ChartKind {
    /** Bars per category, one colour per series (per month, per outcome). */
    BAR,
    /** Shares of a whole (documents by type); one series only. */
    PIE,
    /** A line per series over ordered categories (months). */
    LINE
}
