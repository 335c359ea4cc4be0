package org.opora.programmes.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.opora.programmes.demo.internal.DemoPlan.DemoProgramme;
import org.opora.programmes.demo.internal.DemoPlan.DemoRow;
import org.opora.programmes.demo.internal.DemoPlan.Milestones;
import org.opora.programmes.demo.internal.DemoPlan.Role;
import org.opora.programmes.demo.internal.DemoPlan.Scenario;

/**
 * The days of each demo programme, relative to today and long enough for its risk category under the configured
 * minimum: the consilium's protocol, then the parents, the consent and the approval before the first day; rows
 * within the programme's period, rows marked done not before their first day and not in the future.
 */
final class DemoSchedules {

    static final String HIGH_RISK = "high-suicide-risk";
    static final String STANDARD = "standard";
    static final String ESPECIALLY_DIFFICULT = "especially-difficult";
    /** The high-risk programme lasts at least this long even when the school's minimum is shorter. */
    static final int RUNNING_MONTHS = 6;
    /** The "ending soon" programme ends within a week, or sooner when the school counts fewer days. */
    static final int MAX_DAYS_TO_END = 7;

    private final LocalDate today;
    private final DemoRules rules;

    DemoSchedules(LocalDate today, DemoRules rules) {
        this.today = today;
        this.rules = rules;
    }

    /** High suicide risk, started about two months ago: two rows done, one overdue, three observations. */
    DemoProgramme running(long pupilId) {
        LocalDate s = weekday(today.minusMonths(2), -1);
        LocalDate e = earliestEnd(s, Math.max(RUNNING_MONTHS, months(HIGH_RISK)));
        List<DemoRow> rows = List.of(
                row(s, e, 1, 1, Role.PSYCHOLOGIST, s, s.plusDays(41), s.plusDays(41)),
                row(s, e, 2, 2, Role.SOCIAL_PEDAGOGUE, s.plusDays(3), s.plusDays(17), s.plusDays(17)),
                row(s, e, 3, 2, Role.SOCIAL_PEDAGOGUE, s.plusDays(14), today.minusDays(7), null),
                row(s, e, 4, 3, Role.CLASS_TEACHER, s, e, null),
                row(s, e, 5, 3, Role.LEISURE, s.plusDays(7), e, null),
                row(s, e, 6, 1, Role.PSYCHOLOGIST, e.minusDays(21), e.minusDays(7), null));
        return new DemoProgramme(Scenario.RUNNING, pupilId, HIGH_RISK, Role.PSYCHOLOGIST, weekday(s.minusDays(14), -1),
                s, e, carriedOut(s), rows, observations(s.plusDays(10), s.plusDays(35), today.minusDays(3)));
    }

    /** Standard, in progress, ending within the configured days (for the curator's "ending soon"). */
    DemoProgramme ending(long pupilId) {
        LocalDate e = today.plusDays(Math.min(rules.endingSoonDays() / 2, MAX_DAYS_TO_END));
        LocalDate s = weekday(e.minusMonths(months(STANDARD)), -1);
        List<DemoRow> rows = List.of(
                row(s, e, 1, 1, Role.SOCIAL_PEDAGOGUE, s, s.plusDays(14), s.plusDays(13)),
                row(s, e, 2, 1, Role.CLASS_TEACHER, s, e, null),
                row(s, e, 3, 2, Role.PSYCHOLOGIST, s.plusDays(7), s.plusDays(60), s.plusDays(60)),
                row(s, e, 4, 2, Role.PSYCHOLOGIST, s.plusDays(14), s.plusDays(21), s.plusDays(20)),
                row(s, e, 5, 2, Role.PSYCHOLOGIST, max(s, e.minusDays(10)), e, null));
        return new DemoProgramme(Scenario.ENDING, pupilId, STANDARD, Role.SOCIAL_PEDAGOGUE,
                weekday(s.minusDays(12), -1), s, e, carriedOut(s), rows,
                observations(s.plusDays(20), s.plusDays(50)));
    }

    /** Being drafted: starts on a Monday at least a week ahead, a month longer than the minimum, two rows. */
    DemoProgramme draft(long pupilId) {
        LocalDate s = nextMonday(today.plusDays(7));
        LocalDate e = earliestEnd(s, months(STANDARD) + 1);
        List<DemoRow> rows = List.of(
                row(s, e, 1, 1, Role.PSYCHOLOGIST, s, s.plusDays(35), null),
                row(s, e, 2, 2, Role.SOCIAL_PEDAGOGUE, s, s.plusDays(21), null));
        return new DemoProgramme(Scenario.DRAFT, pupilId, STANDARD, Role.PSYCHOLOGIST,
                weekday(today.minusDays(5), -1), s, e, Milestones.draft(), rows, List.of());
    }

    /** Especially difficult, consented to the day before, starting next week; every task has a row to approve. */
    DemoProgramme awaiting(long pupilId) {
        LocalDate s = nextMonday(today.plusDays(3));
        LocalDate e = earliestEnd(s, months(ESPECIALLY_DIFFICULT));
        LocalDate consent = weekday(today.minusDays(1), -1);
        List<DemoRow> rows = List.of(
                row(s, e, 1, 1, Role.SOCIAL_PEDAGOGUE, s, s.plusMonths(3), null),
                row(s, e, 2, 2, Role.PSYCHOLOGIST, s, s.plusMonths(4), null),
                row(s, e, 3, 3, Role.LEISURE, s.plusDays(14), e, null),
                row(s, e, 4, 3, Role.CLASS_TEACHER, s, e, null));
        Milestones m = new Milestones(weekday(consent.minusDays(3), -1), consent, null, null, null, null);
        return new DemoProgramme(Scenario.AWAITING, pupilId, ESPECIALLY_DIFFICULT, Role.SOCIAL_PEDAGOGUE,
                weekday(today.minusDays(10), -1), s, e, m, rows, List.of());
    }

    /** Standard, started about five months ago, every row done, reviewed by the consilium and closed. */
    DemoProgramme closed(long pupilId) {
        LocalDate s = weekday(today.minusMonths(5), -1);
        LocalDate e = earliestEnd(s, months(STANDARD));
        LocalDate review = min(weekday(e, -1), today);
        LocalDate decision = min(weekday(review.plusDays(7), -1), today);
        List<DemoRow> rows = List.of(
                row(s, e, 1, 1, Role.PSYCHOLOGIST, s, s.plusDays(30), s.plusDays(30)),
                row(s, e, 2, 2, Role.SOCIAL_PEDAGOGUE, s.plusDays(7), s.plusDays(21), s.plusDays(21)),
                row(s, e, 3, 1, Role.PSYCHOLOGIST, max(s, e.minusDays(14)), e, min(e, review)));
        Milestones m = new Milestones(weekday(s.minusDays(8), -1), weekday(s.minusDays(6), -1),
                weekday(s.minusDays(3), -1), s, review, decision);
        return new DemoProgramme(Scenario.CLOSED, pupilId, STANDARD, Role.PSYCHOLOGIST,
                weekday(s.minusDays(12), -1), s, e, m, rows, observations(s.plusDays(14), s.plusDays(45)));
    }

    /**
     * A row within the programme's period {@code [s, e]}; its done day on a working day, not before its first day
     * and not in the future, or none when the row has not begun yet.
     */
    private DemoRow row(LocalDate s, LocalDate e, int number, int task, Role responsible, LocalDate from,
            LocalDate to, LocalDate doneOn) {
        LocalDate first = max(s, min(from, e));
        LocalDate last = max(first, min(to, e));
        LocalDate done = doneOn == null || first.isAfter(today) ? null
                : max(first, min(weekday(doneOn, -1), min(last, today)));
        return new DemoRow(number, task, responsible, first, last, done);
    }

    /** The curator's observations on working days, none in the future. */
    private List<LocalDate> observations(LocalDate... days) {
        return Arrays.stream(days).map(d -> min(weekday(d, -1), today)).sorted().toList();
    }

    /** Discussed, consented and approved in the days before the first day, started on it. */
    private static Milestones carriedOut(LocalDate s) {
        return new Milestones(weekday(s.minusDays(8), -1), weekday(s.minusDays(6), -1), weekday(s.minusDays(3), -1),
                s, null, null);
    }

    private int months(String risk) {
        return rules.minimumMonths().applyAsInt(risk);
    }

    /**
     * The first end day with which a programme starting on {@code start} lasts the months: its period includes the
     * end day, so three months from 15.01 end on 14.04 (as {@link DemoRules#minimumMonths()} is meant, 002).
     */
    static LocalDate earliestEnd(LocalDate start, int months) {
        return start.plusMonths(months).minusDays(1);
    }

    /** The day, or the nearest working day before ({@code -1}) or after ({@code 1}) a weekend. */
    static LocalDate weekday(LocalDate day, int direction) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(direction);
        }
        return d;
    }

    /** The first Monday on or after the day. */
    static LocalDate nextMonday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() != DayOfWeek.MONDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
