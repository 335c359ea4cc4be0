package org.opora.programmes.api.plan;

import java.time.LocalDate;

/**
 * The parents' acquaintance while the plan is drawn up (001 section 4.3): the teacher offers them the main
 * educational programme, the curriculum the school proposes, and the procedure of drawing up the plan and the
 * conditions of carrying it out; on that information they choose (4.4).
 *
 * @param on             the day
 * @param representative the parent (legal representative) acquainted
 * @param programme      acquainted with the main educational programme
 * @param curriculum     acquainted with the curriculum the school proposes
 * @param procedure      acquainted with the procedure of drawing up the plan and the conditions of carrying it out
 * @param recordedBy     who recorded it (empty in a draft)
 * @since 2.2
 */
public record Acquaintance(LocalDate on, String representative, boolean programme, boolean curriculum,
        boolean procedure, String recordedBy) {

    public Acquaintance {
        representative = representative == null ? "" : representative.strip();
        recordedBy = recordedBy == null ? "" : recordedBy;
    }

    /** Whether the parents were acquainted with all three. */
    public boolean complete() {
        return programme && curriculum && procedure;
    }
}
