package org.opora.patronage.api.year;

import java.time.LocalDate;
import java.util.List;

/**
 * The schedule of patronage work of an academic year.
 *
 * @param year       the academic year's first calendar year
 * @param entries    its lines, in the order written
 * @param approvedBy who approved it (the director), empty until approved
 * @param approvedOn the day of approval, or {@code null}
 * @param version    optimistic-lock version of the approval; 0 before anything was approved
 */
public record Schedule(int year, List<ScheduleEntry> entries, String approvedBy, LocalDate approvedOn,
        long version) {

    public Schedule {
        entries = List.copyOf(entries);
        approvedBy = approvedBy == null ? "" : approvedBy;
    }

    public boolean approved() {
        return approvedOn != null;
    }
}
