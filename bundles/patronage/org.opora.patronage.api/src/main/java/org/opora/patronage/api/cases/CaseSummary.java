package org.opora.patronage.api.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the cases list, and what a class teacher may see of a case: that it exists and who the curators are.
 *
 * @param id        record id
 * @param pupilId   the pupil (core)
 * @param pupil     the pupil's full name
 * @param className the pupil's class now, may be empty
 * @param category  the category code
 * @param openedOn  the day the case was opened
 * @param closedOn  the day it was closed, or {@code null}
 * @param curators  the curators today, names only; empty when the case has none
 * @param readable  whether the caller may open the case
 */
public record CaseSummary(long id, long pupilId, String pupil, String className, String category,
        LocalDate openedOn, LocalDate closedOn, List<String> curators, boolean readable) {

    public CaseSummary {
        curators = List.copyOf(curators);
    }

    public boolean open() {
        return closedOn == null;
    }
}
