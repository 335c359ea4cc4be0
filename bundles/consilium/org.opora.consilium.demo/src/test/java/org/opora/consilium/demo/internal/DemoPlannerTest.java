package org.opora.consilium.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.opora.consilium.demo.internal.DemoPlan.DemoMeeting;
import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;
import org.opora.core.api.pupil.Pupil;

/** The demo's choices: the same every time, never class 7B, grades 5 to 11 only, finalised meetings in the past. */
class DemoPlannerTest {

    private static final String SEVEN_B = "7\u0411";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final List<Pupil> SCHOOL = school();

    private static List<Pupil> school() {
        List<Pupil> pupils = new ArrayList<>();
        long id = 1;
        for (int grade = 1; grade <= 11; grade++) {
            for (String letter : new String[] {"\u0410", "\u0411", "\u0412"}) {
                for (int i = 0; i < 20; i++) {
                    pupils.add(pupil(id++, grade + letter, false));
                }
            }
        }
        pupils.add(pupil(id, "9\u0410", true));
        return pupils;
    }

    private static Pupil pupil(long id, String className, boolean archived) {
        return new Pupil(id, new PersonName("Surname" + id, "Name", ""), LocalDate.of(2012, 1, 1), Sex.MALE,
                archived ? null : id, className, null, "", archived, 1);
    }

    @Test
    void theSameSeedDayAndSchoolGiveTheSamePlan() {
        DemoPlan plan = new DemoPlanner().plan(59, TODAY, SCHOOL);
        List<Pupil> shuffled = new ArrayList<>(SCHOOL);
        Collections.reverse(shuffled);
        assertEquals(plan, new DemoPlanner().plan(59, TODAY, shuffled), "the order the service lists in is irrelevant");
        assertNotEquals(plan, new DemoPlanner().plan(60, TODAY, SCHOOL));
    }

    @Test
    void neverClass7BNeverBelowGrade5AndEveryPupilOnce() {
        Map<Long, Pupil> byId = SCHOOL.stream().collect(Collectors.toMap(Pupil::id, Function.identity()));
        for (long seed = 0; seed < 200; seed++) {
            DemoPlan plan = new DemoPlanner().plan(seed, TODAY, SCHOOL);
            List<Long> chosen = pupils(plan);
            assertEquals(8, chosen.size());
            assertEquals(8, new HashSet<>(chosen).size(), "a pupil appears once");
            for (long id : chosen) {
                Pupil p = byId.get(id);
                assertNotEquals(SEVEN_B, p.className());
                assertFalse(p.archived());
                int grade = Integer.parseInt(p.className().replaceAll("\\D", ""));
                assertTrue(grade >= 5 && grade <= 11, p.className());
            }
        }
    }

    @Test
    void aSchoolOfOnly7BHasNoDemo() {
        List<Pupil> only7b = Stream.iterate(1L, i -> i + 1).limit(50).map(i -> pupil(i, SEVEN_B, false)).toList();
        assertThrows(IllegalStateException.class, () -> new DemoPlanner().plan(1, TODAY, only7b));
        assertFalse(DemoPlanner.eligible(pupil(1, " 7\u0411 ", false)));
        assertFalse(DemoPlanner.eligible(pupil(1, "4\u0410", false)));
        assertTrue(DemoPlanner.eligible(pupil(1, "11\u0412", false)));
    }

    @Test
    void finalisedMeetingsAreInThePastOnWorkingDaysWhateverTheDay() {
        Set<String> monitoring = new HashSet<>();
        for (LocalDate day = LocalDate.of(2026, 8, 1); day.isBefore(LocalDate.of(2027, 9, 1));
                day = day.plusDays(1)) {
            List<DemoMeeting> meetings = new DemoPlanner().plan(59, day, SCHOOL).meetings();
            assertEquals(3, meetings.size());
            DemoMeeting first = meetings.get(0);
            DemoMeeting second = meetings.get(1);
            DemoMeeting next = meetings.get(2);
            assertTrue(first.finalise() && second.finalise() && !next.finalise());
            assertTrue(first.date().isBefore(day) && second.date().isBefore(day), day.toString());
            assertTrue(first.date().isBefore(second.date()), day.toString());
            assertTrue(next.date().isAfter(day), day.toString());
            for (DemoMeeting m : meetings) {
                assertFalse(m.date().getDayOfWeek() == DayOfWeek.SATURDAY
                        || m.date().getDayOfWeek() == DayOfWeek.SUNDAY, m.toString());
                monitoring.add(m.monitoring());
            }
            assertTrue(first.pupils().size() >= 2 && first.pupils().size() <= 3);
            assertTrue(second.pupils().size() >= 2 && second.pupils().size() <= 3);
            assertEquals(1, next.pupils().size());
        }
        assertEquals(Set.of("socio-psychological-testing", "mental-health-monitoring", "planned-diagnostics"),
                monitoring);
    }

    @Test
    void lateInTheYearTheFirstMeetingFollowsTheOctoberTesting() {
        LocalDate first = new DemoPlanner().plan(59, TODAY, SCHOOL).meetings().get(0).date();
        assertEquals(LocalDate.of(2026, 10, 21), first);
    }

    private static List<Long> pupils(DemoPlan plan) {
        List<Long> all = new ArrayList<>();
        plan.meetings().forEach(m -> all.addAll(m.pupils()));
        all.add(plan.filedPupil());
        all.add(plan.confirmedPupil());
        return all;
    }
}
