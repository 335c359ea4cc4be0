package org.opora.patronage.impl.internal.rules;

import java.time.LocalDate;

import org.opora.core.api.ValidationException;
import org.opora.core.support.FieldChecks;

/**
 * A row of the work plan takes place on a day or over a period within the case: it does not begin before the case
 * was opened, and its period does not end before it begins. A row is overdue when its period is over and it is not
 * done.
 */
public final class WorkPeriodRule {

    private WorkPeriodRule() {
    }

    /** The last day of the row's period; {@code to} defaults to {@code from}. */
    public static LocalDate check(LocalDate openedOn, LocalDate from, LocalDate to) {
        FieldChecks.present("from", from);
        if (from.isBefore(openedOn)) {
            throw new ValidationException("from", "patronage.rule.beforeOpening", FieldChecks.day(openedOn));
        }
        LocalDate last = to == null ? from : to;
        if (last.isBefore(from)) {
            throw new ValidationException("to", "patronage.rule.periodReversed");
        }
        return last;
    }

    public static boolean overdue(LocalDate to, LocalDate doneOn, LocalDate day) {
        return doneOn == null && to.isBefore(day);
    }
}
