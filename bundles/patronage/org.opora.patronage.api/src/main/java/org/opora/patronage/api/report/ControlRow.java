package org.opora.patronage.api.report;

import java.time.LocalDate;
import java.util.List;

/**
 * One open case as the director controls it (003 section 3.1): who curates it and what is behind.
 *
 * @param caseId      the case
 * @param pupil       the pupil's name
 * @param className   the pupil's class now, may be empty
 * @param category    the category code
 * @param openedOn    the day the case was opened
 * @param curators    the curators today, names only; empty when the case has none
 * @param overdueRows the plan rows past their period and not done
 * @param contactDue  the day a contact fell due (by the school's interval or an agreed next step), or {@code null}
 *                    when none is due today
 * @param lastReport  the day the last curator's report was submitted, or {@code null} when there was none
 * @param reportDue   the day a curator's report fell due, or {@code null} when none is due today
 */
public record ControlRow(long caseId, String pupil, String className, String category, LocalDate openedOn,
        List<String> curators, int overdueRows, LocalDate contactDue, LocalDate lastReport, LocalDate reportDue) {

    public ControlRow {
        curators = List.copyOf(curators);
        className = className == null ? "" : className;
    }

    /** The case has no curator today. */
    public boolean withoutCurator() {
        return curators.isEmpty();
    }

    /** Something on the case needs the director's attention. */
    public boolean attention() {
        return withoutCurator() || overdueRows > 0 || contactDue != null || reportDue != null;
    }
}
