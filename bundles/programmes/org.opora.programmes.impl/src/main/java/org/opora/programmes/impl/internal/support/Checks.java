package org.opora.programmes.impl.internal.support;

import java.time.LocalDate;

import org.opora.core.api.ValidationException;
import org.opora.core.support.FieldChecks;

/**
 * The sizes of the programmes' text columns and the one check of their own; the common checks are the core's
 * {@link FieldChecks}.
 */
public final class Checks {

    /** Longest text of a free-text field of the form (as the consilium's protocol texts). */
    public static final int LONG_TEXT = 8000;
    /** Longest text of a short field: a task, an activity, participants. */
    public static final int TEXT = 2000;
    /** Longest name, number or short note. */
    public static final int SHORT_TEXT = 320;

    private Checks() {
    }

    /** A day of a step that cannot come before an earlier one, e.g. the approval before the consent. */
    public static LocalDate notBefore(String field, LocalDate day, LocalDate earlier) {
        if (earlier != null && day.isBefore(earlier)) {
            throw new ValidationException(field, "programmes.error.beforeEarlierStep", FieldChecks.day(earlier));
        }
        return day;
    }
}
