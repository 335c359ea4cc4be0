package org.opora.programmes.impl.internal.rules;

import java.time.LocalDate;

/**
 * Which programmes are ending soon (setting {@code endingSoonDays}): those whose last day is today or within the
 * next N days. The curator then prepares the review consilium that regulation 002 requires on the programme's
 * results ("a consilium is held on the results of the programme"); the programmes appear in "my duties".
 */
public final class EndingSoon {

    private final int days;

    public EndingSoon(int days) {
        this.days = Math.max(0, days);
    }

    /** The last end day that counts as ending soon, for a query: today plus N days. */
    public LocalDate horizon(LocalDate today) {
        return today.plusDays(days);
    }

    public boolean endingSoon(LocalDate end, LocalDate today) {
        return end != null && !end.isBefore(today) && !end.isAfter(horizon(today));
    }

    public int days() {
        return days;
    }
}
