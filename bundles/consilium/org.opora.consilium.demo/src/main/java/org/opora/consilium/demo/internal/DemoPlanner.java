package org.opora.consilium.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opora.consilium.demo.internal.DemoPlan.DemoMeeting;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.pupil.Pupil;

/**
 * Chooses the demo consilium, the same for the same seed, day and pupils: two finalised planned meetings of the
 * current academic year (after the socio-psychological testing in October and after the mental-health monitoring),
 * one planned meeting next month in preparation, and two referrals. Pupils come from grades 5 to 11 and never from
 * the class of the demo teacher's account (7B), whose pupils the demo's class teacher must not find discussed.
 */
final class DemoPlanner {

    static final String SOCIO_PSYCHOLOGICAL_TESTING = "socio-psychological-testing";
    static final String MENTAL_HEALTH_MONITORING = "mental-health-monitoring";
    static final String PLANNED_DIAGNOSTICS = "planned-diagnostics";
    /** The demo class teacher's class, "7B" with the Cyrillic letter. */
    static final String EXCLUDED_CLASS = "7\u0411";

    private static final Pattern GRADE = Pattern.compile("^(\\d{1,2})");
    private static final int[] SIZES = {3, 2, 1};
    private static final int NEEDED = 3 + 2 + 1 + 2;

    /**
     * The plan.
     *
     * @throws IllegalStateException when the school has too few pupils in grades 5 to 11
     */
    DemoPlan plan(long seed, LocalDate today, List<Pupil> pupils) {
        List<Pupil> candidates = new ArrayList<>(pupils.stream().filter(DemoPlanner::eligible)
                .sorted(Comparator.comparingLong(Pupil::id)).toList());
        if (candidates.size() < NEEDED) {
            throw new IllegalStateException("too few pupils of grades 5 to 11 for the demo consilium");
        }
        Collections.shuffle(candidates, new Random(seed));
        List<Long> chosen = candidates.subList(0, NEEDED).stream().map(Pupil::id).toList();
        LocalDate first = firstMeeting(today);
        LocalDate second = weekday(maxOf(first.plusDays(7), minOf(first.plusDays(84), today.minusDays(7))), -1);
        List<DemoMeeting> meetings = List.of(
                new DemoMeeting(SOCIO_PSYCHOLOGICAL_TESTING, first, chosen.subList(0, SIZES[0]), true),
                new DemoMeeting(MENTAL_HEALTH_MONITORING, second, chosen.subList(3, 3 + SIZES[1]), true),
                new DemoMeeting(PLANNED_DIAGNOSTICS, weekday(today.plusMonths(1), 1), chosen.subList(5, 6), false));
        return new DemoPlan(meetings, chosen.get(6), chosen.get(7));
    }

    /** A current pupil of grades 5 to 11, not of the excluded class. */
    static boolean eligible(Pupil p) {
        if (p.archived() || p.className() == null || EXCLUDED_CLASS.equals(p.className().strip())) {
            return false;
        }
        Matcher m = GRADE.matcher(p.className().strip());
        if (!m.find()) {
            return false;
        }
        int grade = Integer.parseInt(m.group(1));
        return grade >= 5 && grade <= 11;
    }

    /**
     * Late October of the academic year, after the socio-psychological testing; when that is not at least two
     * weeks past (the school year has just begun), six weeks ago.
     */
    static LocalDate firstMeeting(LocalDate today) {
        LocalDate october = LocalDate.of(AcademicYear.containing(today).startYear(), 10, 21);
        LocalDate day = october.isBefore(today.minusDays(14)) ? october : today.minusDays(42);
        return weekday(day, -1);
    }

    /** The day, or the nearest working day before ({@code -1}) or after ({@code 1}) a weekend. */
    static LocalDate weekday(LocalDate day, int direction) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(direction);
        }
        return d;
    }

    private static LocalDate minOf(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate maxOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
