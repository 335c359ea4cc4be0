package org.opora.core.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.core.demo.internal.DemoSchoolGeneratorTest.assertBetween;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;
import org.opora.core.api.pupil.RepresentativeDraft;
import org.opora.core.api.seed.SchoolSeed;
import org.opora.core.api.seed.SeedClass;
import org.opora.core.api.seed.SeedFlag;
import org.opora.core.api.seed.SeedPupil;

/** Pupils: ages for the grade, unique names, gender agreement, representatives and status flags. */
class DemoPupilsTest {

    private static final LocalDate TODAY = DemoSchoolGeneratorTest.TODAY;
    private static final Set<String> RELATIONS = Set.of("mother", "father", "guardian", "adoptive-parent",
            "grandmother", "grandfather", "other");
    private static final Set<String> FLAGS = Set.of("ovz", "disabled", "gifted", "at-risk", "guardianship");

    private static SchoolSeed school;
    private static RussianNames names;
    private static Map<String, String> feminine = new HashMap<>();

    @BeforeAll
    static void generate() {
        school = new DemoSchoolGenerator().generate(42L, TODAY);
        DemoWords words = new DemoWords();
        names = new RussianNames(words);
        words.table("surnames.txt", 2).forEach(row -> feminine.put(row[0], row[1]));
    }

    @Test
    void agesSuitTheGrades() {
        LocalDate september = school.year().firstDay();
        int typical = 0;
        for (SeedPupil p : school.pupils()) {
            int grade = Integer.parseInt(p.className().replaceAll("\\D", ""));
            Period age = Period.between(p.birthDate(), september);
            double years = age.getYears() + age.getMonths() / 12.0;
            assertTrue(years >= grade + 5 && years < grade + 8, p.name() + " " + p.className() + " " + years);
            if (years >= grade + 5.5 && years < grade + 6.75) {
                typical++;
            }
        }
        assertTrue(typical >= school.pupils().size() * 0.9, "typical ages: " + typical);
    }

    @Test
    void noTwoPupilsShareNameAndBirthDate() {
        Set<String> seen = new HashSet<>();
        for (SeedPupil p : school.pupils()) {
            assertTrue(seen.add(p.name().full() + "|" + p.birthDate()), p.name() + " " + p.birthDate());
        }
    }

    @Test
    void namesAgreeWithSexAndFather() {
        int withFather = 0;
        for (SeedPupil p : school.pupils()) {
            String patronymic = p.name().patronymic();
            if (p.sex() == Sex.MALE) {
                assertTrue(patronymic.endsWith("ич"), p.name().full());
                assertTrue(feminine.containsKey(p.name().surname()), p.name().full());
            } else {
                assertTrue(patronymic.endsWith("на"), p.name().full());
                assertTrue(feminine.containsValue(p.name().surname()), p.name().full());
            }
            for (RepresentativeDraft r : p.representatives()) {
                if (r.relation().equals("father")) {
                    PersonName father = PersonName.parse(r.fullName());
                    assertEquals(names.patronymic(father.name(), p.sex()).orElseThrow(), patronymic, p.name().full());
                    String surname = p.sex() == Sex.MALE ? father.surname() : feminine.get(father.surname());
                    assertEquals(surname, p.name().surname(), p.name().full());
                    withFather++;
                }
                if (r.relation().equals("mother") && p.sex() == Sex.FEMALE
                        && p.representatives().size() == 1) {
                    assertEquals(p.name().surname(), PersonName.parse(r.fullName()).surname());
                }
            }
        }
        assertTrue(withFather > school.pupils().size() * 0.7, "pupils with a father: " + withFather);
    }

    @Test
    void representativesAreRealistic() {
        int both = 0;
        for (SeedPupil p : school.pupils()) {
            assertFalse(p.representatives().isEmpty(), p.name().full());
            List<String> relations = p.representatives().stream().map(RepresentativeDraft::relation).toList();
            assertTrue(RELATIONS.containsAll(relations), relations.toString());
            if (relations.contains("mother") && relations.contains("father")) {
                both++;
            }
            for (RepresentativeDraft r : p.representatives()) {
                assertEquals(3, r.fullName().split(" ").length, r.fullName());
                assertTrue(r.phone().isEmpty() || r.phone().matches("^\\+?[0-9 ()\\-]{5,20}$"), r.phone());
                assertTrue(r.email().isEmpty() || r.email().matches("[a-z0-9.-]+@demo-mail\\.example"), r.email());
                String given = PersonName.parse(r.fullName()).name();
                boolean woman = Set.of("mother", "grandmother").contains(r.relation());
                if (woman) {
                    assertTrue(given.endsWith("а") || given.endsWith("я") || given.equals("Любовь"), r.fullName());
                }
            }
            if (p.hasFlag("guardianship", TODAY)) {
                assertTrue(relations.stream().allMatch(Set.of("guardian", "grandmother", "grandfather")::contains),
                        p.name() + " " + relations);
            }
        }
        assertBetween(school.pupils().size() * 70 / 100, school.pupils().size() * 88 / 100, both, "both parents");
        assertTrue(school.pupils().stream().flatMap(p -> p.representatives().stream())
                .anyMatch(r -> r.email().isEmpty()));
    }

    @Test
    void flagsHaveRealisticSharesAndPastDates() {
        int n = school.pupils().size();
        assertShare("ovz", 0.05, n);
        assertShare("disabled", 0.015, n);
        assertShare("gifted", 0.06, n);
        assertShare("at-risk", 0.04, n);
        assertShare("guardianship", 0.02, n);
        LocalDate threeYearsAgo = TODAY.minusYears(3);
        int cleared = 0;
        for (SeedPupil p : school.pupils()) {
            for (SeedFlag f : p.flags()) {
                assertTrue(FLAGS.contains(f.flag()), f.flag());
                assertFalse(f.setOn().isAfter(TODAY), f.toString());
                assertFalse(f.setOn().isBefore(threeYearsAgo), f.toString());
                assertTrue(f.setOn().isAfter(p.birthDate().plusYears(5)), f.toString());
                if (f.clearedOn() != null) {
                    cleared++;
                    assertTrue(f.clearedOn().isAfter(f.setOn()) && !f.clearedOn().isAfter(TODAY), f.toString());
                }
                if (f.flag().equals("ovz")) {
                    assertTrue(f.note().matches("Заключение ПМПК № \\d+ от \\d\\d\\.\\d\\d\\.\\d{4}"), f.note());
                }
                assertFalse(f.note().isEmpty(), f.toString());
            }
            assertEquals(p.flags().stream().map(SeedFlag::flag).distinct().count(), p.flags().size(), p.toString());
        }
        assertBetween(3, 8, cleared, "cleared flags");
    }

    @Test
    void pupilsAreListedByClassAndName() {
        List<String> classOrder = school.classes().stream().map(SeedClass::name).toList();
        for (int i = 1; i < school.pupils().size(); i++) {
            SeedPupil a = school.pupils().get(i - 1);
            SeedPupil b = school.pupils().get(i);
            int byClass = Integer.compare(classOrder.indexOf(a.className()), classOrder.indexOf(b.className()));
            assertTrue(byClass < 0 || byClass == 0 && PupilGenerator.alphabetical(a.name().full())
                    .compareTo(PupilGenerator.alphabetical(b.name().full())) <= 0, a.name() + " / " + b.name());
        }
    }

    private static void assertShare(String flag, double share, int pupils) {
        long count = school.pupils().stream().filter(p -> p.hasFlag(flag, TODAY)).count();
        assertBetween(Math.round(pupils * share * 0.7), Math.round(pupils * share * 1.3), count, flag);
    }
}
