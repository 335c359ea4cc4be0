package org.opora.teachersupport.impl.internal.rules;

import java.time.LocalDate;

import org.opora.core.api.ValidationException;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;

/**
 * The days of a support record (regulation 004, 5.1 and 3.1): everything recorded happens on or after the day the
 * decision to support was taken and not in the future; the route starts on or after that day and ends on or after
 * its first day, at most {@value #ROUTE_YEARS} years later; a checkpoint is due within the route's period.
 */
public final class DayRule {

    /** Longest route: it ends at most this many years after it starts. */
    static final int ROUTE_YEARS = 2;

    private DayRule() {
    }

    /** A day of something that happened: not in the future, not before the decision. */
    public static LocalDate happened(String field, LocalDate day, LocalDate decidedOn, LocalDate today) {
        FieldChecks.notFuture(field, day, today);
        notBeforeDecision(field, day, decidedOn);
        return day;
    }

    public static void notBeforeDecision(String field, LocalDate day, LocalDate decidedOn) {
        FieldChecks.present(field, day);
        if (day.isBefore(decidedOn)) {
            throw new ValidationException(field, "teachersupport.rule.beforeDecision", FieldChecks.day(decidedOn));
        }
    }

    /**
     * A route's period: it starts not before the decision and at the latest at the end of the next academic year
     * of today, and ends not before its start and within {@value #ROUTE_YEARS} years of it; both ends' objections
     * at once.
     */
    public static void route(LocalDate from, LocalDate to, LocalDate decidedOn, LocalDate today) {
        Objections o = new Objections();
        o.check(() -> {
            notBeforeDecision("from", from, decidedOn);
            FieldChecks.within("from", from, decidedOn, FieldChecks.lastSchoolDay(today));
        });
        o.check(() -> {
            FieldChecks.present("to", to);
            if (from != null && to.isBefore(from)) {
                throw new ValidationException("to", "teachersupport.rule.routeEnd", FieldChecks.day(from));
            }
            if (from != null) {
                FieldChecks.within("to", to, from, from.plusYears(ROUTE_YEARS));
            }
        });
        o.refuseAny();
    }

    public static void dueWithinRoute(LocalDate due, LocalDate from, LocalDate to) {
        FieldChecks.present("due", due);
        if (due.isBefore(from) || due.isAfter(to)) {
            throw new ValidationException("due", "teachersupport.rule.dueOutsideRoute", FieldChecks.day(from),
                    FieldChecks.day(to));
        }
    }
}
