package org.opora.consilium.impl.internal.rules;

import java.time.LocalDate;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.ValidationException;

/**
 * The numbering of meetings (and so of their protocols: "the protocol has a number and a date", regulation 002 and
 * the settings {@code numberPattern} and {@code restartNumberingEachYear}). The pattern holds the running number
 * {@code {n}} and may hold {@code {year}} (the academic year's start year, e.g. 2026) and {@code {years}}
 * (e.g. 2026/2027). The running number restarts every academic year unless configured not to; a number is unique
 * within its numbering period.
 */
public final class MeetingNumbering {

    /** The default pattern: the running number alone. */
    public static final String DEFAULT_PATTERN = "{n}";
    /** Longest pattern accepted; the formatted number must fit its column. */
    public static final int MAX_PATTERN = 40;
    /** The numbering period of a scheme that never restarts. */
    public static final int NO_RESTART = 0;

    private final String pattern;
    private final boolean restartEachYear;

    /** @throws ValidationException for a pattern without {@code {n}} */
    public MeetingNumbering(String pattern, boolean restartEachYear) {
        this.pattern = check(pattern);
        this.restartEachYear = restartEachYear;
    }

    /** Whether the pattern can number meetings: it contains {@code {n}} and is not too long. */
    public static boolean valid(String pattern) {
        return pattern != null && pattern.contains("{n}") && pattern.strip().length() <= MAX_PATTERN;
    }

    /** @throws ValidationException {@code consilium.error.numberPattern} for an invalid pattern */
    public static String check(String pattern) {
        if (!valid(pattern)) {
            throw new ValidationException("numberPattern", "consilium.error.numberPattern");
        }
        return pattern.strip();
    }

    /** The numbering period of a meeting on the day: its academic year, or {@link #NO_RESTART}. */
    public int period(LocalDate day) {
        return restartEachYear ? AcademicYear.containing(day).startYear() : NO_RESTART;
    }

    /** The running number after the highest one used in the period (0 when none was). */
    public int next(int highestInPeriod) {
        return Math.max(highestInPeriod, 0) + 1;
    }

    /** The number as written on the protocol, e.g. {@code 5} or {@code 5/2026}. */
    public String format(int sequence, LocalDate day) {
        AcademicYear year = AcademicYear.containing(day);
        return pattern.replace("{years}", year.label()).replace("{year}", String.valueOf(year.startYear()))
                .replace("{n}", String.valueOf(sequence));
    }

    public String pattern() {
        return pattern;
    }
}
