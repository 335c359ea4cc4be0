package org.opora.bench.district.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffQuery;
import org.opora.platform.api.duty.DutyProvider;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SystemWork;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.programme.ProgrammeQuery;
import org.opora.programmes.api.programme.ProgrammeSummary;

/**
 * The lists {@code opora-bench:lists} times, each as the demo user who meets it and through the calls its view makes:
 * a lazy grid asks for the count and the first page. Each list answers how many rows it found.
 */
final class Lists {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    /** One list: its name, the login of the user it is timed for, and the calls. */
    record Measure(String name, String login, Supplier<Integer> list) {
    }

    private final ListsCommand s;
    private final WordLists words = WordLists.load();

    Lists(ListsCommand services) {
        this.s = services;
    }

    List<Measure> all() {
        OporaUser director = s.users.resolve("director").orElseThrow();
        AcademicYear year = SystemWork.actingAs(director, () -> s.school.school().currentYear());
        // a class of the generated district (its letter carries the school's number), of the 8th grade
        SchoolClass district = SystemWork.actingAs(director, () -> s.classes.classes(year)).stream()
                .filter(c -> c.grade() == 8).max(Comparator.comparingLong(SchoolClass::id)).orElseThrow();
        Long me = SystemWork.actingAs(director, () -> s.staff.byUsername("psychologist")).map(StaffMember::id)
                .orElse(null);
        List<Measure> m = new ArrayList<>();
        pupilLists(m, district);
        m.add(new Measure("staff: list", "director",
                () -> {
                    s.staff.find(StaffQuery.all(), 0, s.page);
                    return s.staff.count(StaffQuery.all());
                }));
        if (s.programmes != null) {
            programmeLists(m, district, me);
        }
        ActivityQuery work = ActivityQuery.of(year);
        m.add(new Measure("Service work by direction: counts", "psychologist",
                () -> s.serviceWork.counts(work, RUSSIAN).size()));
        m.add(new Measure("Service work by direction: activities", "psychologist",
                () -> s.serviceWork.activities(work, RUSSIAN).size()));
        for (String login : List.of("psychologist", "teacher", "deputy", "director")) {
            m.add(new Measure("My duties (every module)", login, () -> duties(login)));
        }
        return m;
    }

    private void pupilLists(List<Measure> m, SchoolClass district) {
        m.add(pupils("pupils: all, first page", "deputy", PupilQuery.all()));
        m.add(pupils("pupils: of a class (" + district.grade() + district.letter() + ")", "deputy",
                new PupilQuery("", district.id(), "", false)));
        m.add(pupils("pupils: flag ovz", "psychologist", new PupilQuery("", null, "ovz", false)));
        m.add(pupils("pupils: flag at-risk in a class", "psychologist",
                new PupilQuery("", district.id(), "at-risk", false)));
        m.add(pupils("pupils: search by surname", "deputy", PupilQuery.byName(words.list("search.surname").get(0))));
        m.add(pupils("pupils: search by surname and name", "deputy",
                PupilQuery.byName(words.list("search.full").get(0))));
        m.add(pupils("pupils: search by class", "deputy", PupilQuery.byName(words.list("search.class").get(0))));
        m.add(pupils("pupils: archived", "deputy", new PupilQuery("", null, "", true)));
        m.add(pupils("pupils: class teacher's own", "teacher", PupilQuery.all()));
        String picked = words.list("search.picker").get(0);
        m.add(new Measure("pupil picker (4 letters, 20 rows)", "psychologist",
                () -> s.pupils.find(PupilQuery.byName(picked), 0, 20).size()));
    }

    private Measure pupils(String name, String login, PupilQuery q) {
        return new Measure(name, login, () -> {
            int n = s.pupils.count(q);
            s.pupils.find(q, 0, s.page);
            return n;
        });
    }

    private void programmeLists(List<Measure> m, SchoolClass district, Long me) {
        OporaUser psychologist = s.users.resolve("psychologist").orElseThrow();
        List<ProgrammeSummary> mine = me == null ? List.of() : SystemWork.actingAs(psychologist,
                () -> s.programmes.find(new ProgrammeQuery(null, me, null, false, false, true), 0, 10));
        m.add(programmes("programmes: active", "psychologist", ProgrammeQuery.active()));
        m.add(programmes("programmes: active", "director", ProgrammeQuery.active()));
        m.add(programmes("programmes: all states", "director",
                new ProgrammeQuery(null, null, null, false, false, false)));
        m.add(programmes("programmes: in progress", "psychologist",
                new ProgrammeQuery(ProgrammeState.IN_PROGRESS, null, null, false, false, true)));
        m.add(programmes("programmes: mine as curator", "psychologist",
                new ProgrammeQuery(null, me, null, false, false, true)));
        m.add(programmes("programmes: of a class", "psychologist",
                new ProgrammeQuery(null, null, district.id(), false, false, true)));
        m.add(programmes("programmes: ending soon", "psychologist",
                new ProgrammeQuery(null, null, null, true, false, true)));
        m.add(programmes("programmes: overdue rows", "psychologist",
                new ProgrammeQuery(null, null, null, false, true, true)));
        if (!mine.isEmpty()) {
            ProgrammeSummary p = mine.get(0);
            m.add(new Measure("pupil card with its programmes", "psychologist", () -> {
                s.pupils.card(p.pupilId());
                return s.programmes.ofPupil(p.pupilId()).size();
            }));
            if (s.plans != null) {
                m.add(new Measure("a programme with its plan and observations", "psychologist", () -> {
                    s.programmes.get(p.id());
                    s.plans.observations(p.id());
                    return s.plans.plan(p.id()).size();
                }));
            }
        }
    }

    private Measure programmes(String name, String login, ProgrammeQuery q) {
        return new Measure(name, login, () -> {
            int n = s.programmes.count(q);
            s.programmes.find(q, 0, s.page);
            return n;
        });
    }

    private int duties(String login) {
        OporaUser user = s.users.resolve(login).orElseThrow();
        int n = 0;
        for (DutyProvider p : s.duties) {
            n += p.dutiesOf(user, RUSSIAN).size();
        }
        return n;
    }
}
