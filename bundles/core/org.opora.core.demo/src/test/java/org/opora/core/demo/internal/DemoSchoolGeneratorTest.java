package org.opora.core.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opora.core.api.seed.SchoolSeed;
import org.opora.core.api.seed.SeedClass;
import org.opora.core.api.seed.SeedPupil;
import org.opora.core.api.seed.SeedStaff;
import org.opora.core.api.staff.StaffDraft;

/** The demo school as a whole: determinism, counts, specialist types, the demo accounts and the classes. */
class DemoSchoolGeneratorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 15);
    static final List<String> SPECIALIST_TYPES = List.of("social-pedagogue", "psychologist", "speech-therapist",
            "defectologist", "medical", "class-teacher", "subject-teacher", "deputy-director", "methodologist",
            "mentor", "coordinator", "additional-education", "tutor", "inspector");

    private static DemoSchoolGenerator generator;
    private static SchoolSeed school;

    @BeforeAll
    static void generate() {
        generator = new DemoSchoolGenerator();
        long start = System.nanoTime();
        school = generator.generate(1L, TODAY);
        System.out.printf("demo school generated in %.1f ms (first run, cold JVM)%n",
                (System.nanoTime() - start) / 1e6);
    }

    @Test
    void sameSeedAndDayGiveTheSameSchool() {
        long start = System.nanoTime();
        SchoolSeed again = new DemoSchoolGenerator().generate(1L, TODAY);
        System.out.printf("demo school generated in %.1f ms (second run)%n", (System.nanoTime() - start) / 1e6);
        assertEquals(digest(school), digest(again));
        assertEquals(school, again);
    }

    @Test
    void anotherSeedGivesOtherPupils() {
        SchoolSeed other = generator.generate(2L, TODAY);
        assertNotEquals(digest(school), digest(other));
        assertNotEquals(school.pupils().stream().map(p -> p.name().full()).toList(),
                other.pupils().stream().map(p -> p.name().full()).toList());
        assertEquals(school.staff().subList(0, 6).stream().map(s -> s.draft().name()).toList(),
                other.staff().subList(0, 6).stream().map(s -> s.draft().name()).toList());
    }

    @Test
    void theSchoolIsMarkedAsDemo() {
        assertTrue(school.name().contains("Демонстрационная школа"), school.name());
        assertTrue(school.name().contains("учебные данные"), school.name());
        assertEquals(2026, school.year().startYear());
        assertEquals("director", school.directorKey());
    }

    @Test
    void countsAreWithinTheRanges() {
        assertBetween(57, 63, school.staff().size(), "staff");
        assertEquals(25, school.classes().size());
        assertBetween(580, 620, school.pupils().size(), "pupils");
        assertBetween(5, 8, school.orders().size(), "orders");
        assertBetween(9, 13, school.documents().size(), "documents");
        assertBetween(8, 10, school.agencies().size(), "agencies");
        assertBetween(10, 20, school.interactions().size(), "interactions");
        Set<Integer> grades = school.classes().stream().map(SeedClass::grade).collect(Collectors.toSet());
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), grades);
        assertEquals(25, school.classes().stream().map(SeedClass::name).distinct().count());
    }

    @Test
    void aPupilWithOvzHasAnExaminationAndACharacteristicAndAnOldScheduleIsArchived() {
        var about = school.documents().stream().filter(d -> d.pupilIndex() != null).toList();
        assertEquals(List.of("examination", "other"), about.stream().map(d -> d.type()).toList());
        int pupil = about.get(0).pupilIndex();
        assertEquals(pupil, about.get(1).pupilIndex());
        assertTrue(school.pupils().get(pupil).hasFlag("ovz", TODAY), "the pupil has ОВЗ today");
        var archived = school.documents().stream().filter(d -> d.archivedOn() != null).toList();
        assertEquals(1, archived.size());
        assertEquals("schedule", archived.get(0).type());
        assertEquals(school.year().startYear() - 2, archived.get(0).year().startYear());
    }

    @Test
    void everySpecialistTypeIsPresent() {
        Set<String> present = school.staff().stream().flatMap(s -> s.draft().specialistTypes().stream())
                .collect(Collectors.toSet());
        assertTrue(present.containsAll(SPECIALIST_TYPES), "missing: " + SPECIALIST_TYPES.stream()
                .filter(t -> !present.contains(t)).toList());
        assertTrue(SPECIALIST_TYPES.containsAll(present), "unknown: " + present);
        assertTrue(school.staff().stream().filter(s -> s.draft().specialistTypes().contains("psychologist"))
                .count() >= 2);
    }

    @Test
    void theSixDemoAccountsExistWithExactNames() {
        Map<String, StaffDraft> byUsername = school.staff().stream().filter(s -> !s.draft().username().isEmpty())
                .collect(Collectors.toMap(s -> s.draft().username(), SeedStaff::draft));
        assertEquals(Set.of("director", "deputy", "head", "psychologist", "socped", "teacher"), byUsername.keySet());
        assertAccount(byUsername, "director", "Смирнова Елена Викторовна", "Директор");
        assertAccount(byUsername, "deputy", "Кузнецов Андрей Петрович", "Заместитель директора по УВР");
        assertAccount(byUsername, "head", "Орлова Марина Сергеевна", "Педагог-психолог");
        assertAccount(byUsername, "psychologist", "Волкова Анна Игоревна", "Педагог-психолог");
        assertAccount(byUsername, "socped", "Белов Сергей Николаевич", "Социальный педагог");
        assertAccount(byUsername, "teacher", "Морозова Ольга Дмитриевна", "Учитель русского языка и литературы");
        assertTrue(byUsername.get("deputy").specialistTypes().containsAll(List.of("deputy-director", "coordinator")));
        assertTrue(byUsername.get("head").specialistTypes().contains("psychologist"));
        assertTrue(byUsername.get("psychologist").specialistTypes().contains("psychologist"));
        assertTrue(byUsername.get("socped").specialistTypes().contains("social-pedagogue"));
        assertEquals("teacher", school.classes().stream().filter(c -> c.name().equals("7Б")).findFirst()
                .orElseThrow().classTeacherKey());
        school.staff().stream().filter(s -> s.draft().username().isEmpty())
                .forEach(s -> assertFalse(byUsername.containsKey(s.key()), s.key()));
    }

    @Test
    void staffAreUniqueWithWorkContacts() {
        assertEquals(school.staff().size(), school.staff().stream().map(SeedStaff::key).distinct().count());
        assertEquals(school.staff().size(),
                school.staff().stream().map(s -> s.draft().name().full()).distinct().count());
        assertEquals(school.staff().size(), school.staff().stream().map(s -> s.draft().email()).distinct().count());
        for (SeedStaff s : school.staff()) {
            assertFalse(s.draft().position().isEmpty(), s.key());
            assertTrue(s.draft().email().matches("[a-z][a-z0-9.-]*@demo-school\\.example"), s.draft().email());
        }
        assertEquals("smirnova.ev@demo-school.example", byKey("director").email());
        assertEquals("kuznetsov.ap@demo-school.example", byKey("deputy").email());
        assertTrue(school.staff().stream().anyMatch(s -> s.draft().position().equals("Учитель математики")));
    }

    @Test
    void everyClassHasATeacherFromTheStaffAndTwentyToTwentyEightPupils() {
        Map<String, Long> sizes = school.pupils().stream()
                .collect(Collectors.groupingBy(SeedPupil::className, TreeMap::new, Collectors.counting()));
        Set<String> keys = school.staff().stream().map(SeedStaff::key).collect(Collectors.toSet());
        for (SeedClass c : school.classes()) {
            assertTrue(keys.contains(c.classTeacherKey()), c.name());
            assertTrue(byKey(c.classTeacherKey()).specialistTypes().contains("class-teacher"), c.name());
            assertBetween(20, 28, sizes.getOrDefault(c.name(), 0L).intValue(), "pupils of " + c.name());
        }
        assertEquals(25, school.classes().stream().map(SeedClass::classTeacherKey).distinct().count());
        assertEquals(sizes.keySet(), school.classes().stream().map(SeedClass::name).collect(Collectors.toSet()));
    }

    static StaffDraft byKey(String key) {
        return school.staff().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().draft();
    }

    static String digest(SchoolSeed school) {
        try {
            byte[] text = school.toString().getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertBetween(long min, long max, long actual, String what) {
        assertTrue(actual >= min && actual <= max, what + ": " + actual + " not in " + min + ".." + max);
    }

    private static void assertAccount(Map<String, StaffDraft> accounts, String username, String name,
            String position) {
        StaffDraft draft = accounts.get(username);
        assertEquals(name, draft.name().full(), username);
        assertEquals(position, draft.position(), username);
        assertEquals(username, school.staff().stream().filter(s -> s.draft() == draft).findFirst().orElseThrow().key());
    }
}
