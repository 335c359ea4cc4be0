package org.opora.patronage.api.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A pupil's patronage case, as its readers see it.
 *
 * @param id             record id
 * @param pupilId        the pupil (core)
 * @param pupil          the pupil's full name
 * @param className      the pupil's class now, may be empty
 * @param classTeacher   the class teacher's name, may be empty
 * @param category       the category code (a pupil flag of the core, see the settings)
 * @param grounds        why the pupil needs patronage
 * @param openedOn       the day the case was opened
 * @param openedBy       who opened it
 * @param closedOn       the day it was closed, or {@code null} while it is open
 * @param closingReason  why it was closed; empty while open
 * @param curators       the curators on the case today (internal and external), names only
 * @param keepable       whether the caller may change the case (the coordinator, the holders of read-all)
 * @param workable       whether the caller works on the case (curator, micro-team, assigned specialist, coordinator)
 * @param version        optimistic-lock version
 */
public record PatronageCase(long id, long pupilId, String pupil, String className, String classTeacher,
        String category, String grounds, LocalDate openedOn, String openedBy, LocalDate closedOn,
        String closingReason, List<String> curators, boolean keepable, boolean workable, long version) {

    public PatronageCase {
        curators = List.copyOf(curators);
        closingReason = closingReason == null ? "" : closingReason;
    }

    public boolean open() {
        return closedOn == null;
    }
}
