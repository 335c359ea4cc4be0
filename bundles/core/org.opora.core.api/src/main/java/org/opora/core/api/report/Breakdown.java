package org.opora.core.api.report;

/**
 * What a chart's categories are, so that sections can be compared and a page can group them: the months of the
 * year, outcomes, the seven directions of work of 000 §3, types of documents or records, or other categories.
 */
public enum Breakdown {
    /** The months of the academic year, September to August. */
    MONTH,
    /** Outcomes or decisions (a programme's result, a meeting's kind). */
    OUTCOME,
    /** The directions of work of the service (000 §3). */
    DIRECTION,
    /** Types of documents or records. */
    TYPE,
    /** Any other grouping (status flags, risk categories). */
    CATEGORY
}
