package org.opora.core.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.agency.AgencyDraft;
import org.opora.core.api.pupil.RepresentativeDraft;
import org.opora.core.api.seed.SchoolSeed;
import org.opora.core.api.seed.SeedClass;
import org.opora.core.api.seed.SeedDocument;
import org.opora.core.api.seed.SeedInteraction;
import org.opora.core.api.seed.SeedMember;
import org.opora.core.api.seed.SeedPupil;
import org.opora.core.api.seed.SeedStaff;
import org.opora.core.api.staff.OrderDraft;

/** References between the records resolve and no date lies in the future, for several seeds and days. */
class DemoReferencesTest {

    private static final String PHONE = "^\\+?[0-9 ()\\-]{5,20}$";
    private static final Set<String> BODIES = Set.of("consilium", "prevention-council", "educational-service",
            "social-service", "psychological-service", "defectological-service", "speech-service");
    private static final Set<String> ROLES = Set.of("chair", "deputy-chair", "secretary", "member");
    private static final Set<String> DOCUMENT_TYPES = Set.of("annual-plan", "schedule", "examination", "programme",
            "report", "job-description", "consilium", "other");
    private static final Set<String> AGENCY_KINDS = Set.of("guardianship", "kdn", "health", "social-protection",
            "police", "prosecutor", "kcson", "education", "ngo");
    private static final DemoSchoolGenerator GENERATOR = new DemoSchoolGenerator();

    static Stream<Arguments> schools() {
        return Stream.of(Arguments.of(1L, LocalDate.of(2026, 10, 15)), Arguments.of(42L, LocalDate.of(2026, 9, 1)),
                Arguments.of(-7L, LocalDate.of(2027, 1, 9)), Arguments.of(2024L, LocalDate.of(2027, 8, 31)),
                Arguments.of(5L, LocalDate.of(2028, 2, 29)), Arguments.of(99L, LocalDate.of(2026, 9, 5)));
    }

    @ParameterizedTest
    @MethodSource("schools")
    void everyReferenceResolves(long seed, LocalDate today) {
        SchoolSeed school = GENERATOR.generate(seed, today);
        Set<String> staff = school.staff().stream().map(SeedStaff::key).collect(Collectors.toSet());
        Set<String> classes = school.classes().stream().map(SeedClass::name).collect(Collectors.toSet());
        Map<String, OrderDraft> orders = school.orders().stream()
                .collect(Collectors.toMap(OrderDraft::number, Function.identity()));
        Set<String> agencies = school.agencies().stream().map(AgencyDraft::name).collect(Collectors.toSet());
        assertEquals(school.orders().size(), orders.size(), "order numbers are unique");
        assertEquals(school.agencies().size(), agencies.size(), "agency names are unique");
        assertTrue(staff.contains(school.directorKey()));
        school.classes().forEach(c -> assertTrue(staff.contains(c.classTeacherKey()), c.name()));
        school.pupils().forEach(p -> assertTrue(classes.contains(p.className()), p.className()));
        assertEquals("head", school.head().staffKey());
        assertTrue(orders.containsKey(school.head().orderNumber()));
        assertFalse(school.head().from().isBefore(orders.get(school.head().orderNumber()).date()));
        for (SeedMember m : school.members()) {
            assertTrue(staff.contains(m.staffKey()), m.toString());
            assertTrue(BODIES.contains(m.body()) && ROLES.contains(m.role()), m.toString());
            assertTrue(orders.containsKey(m.orderNumber()), m.toString());
            assertFalse(m.from().isBefore(orders.get(m.orderNumber()).date()), m.toString());
        }
        for (String body : BODIES) {
            assertEquals(1, school.members().stream().filter(m -> m.body().equals(body) && m.role().equals("chair"))
                    .count(), body);
            List<String> members = school.members().stream().filter(m -> m.body().equals(body))
                    .map(SeedMember::staffKey).toList();
            assertEquals(members.size(), members.stream().distinct().count(), body);
        }
        assertTrue(school.members().stream().anyMatch(m -> m.body().equals("consilium")
                && m.role().equals("secretary")));
        for (SeedDocument d : school.documents()) {
            assertTrue(DOCUMENT_TYPES.contains(d.type()), d.type());
            assertTrue(d.authorKey() == null || staff.contains(d.authorKey()), d.title());
            assertEquals(d.approved(), d.approvedOn() != null, d.title());
            assertEquals(d.approved(), !d.approvedBy().isEmpty(), d.title());
            assertTrue(d.fileName().matches("[a-z0-9.-]+\\.txt"), d.fileName());
            assertEquals("text/plain", d.contentType());
            assertTrue(new String(d.content(), StandardCharsets.UTF_8).startsWith("ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ"));
        }
        assertEquals(DOCUMENT_TYPES, school.documents().stream().map(SeedDocument::type).collect(Collectors.toSet()));
        assertTrue(school.documents().stream().anyMatch(d -> d.type().equals("annual-plan")
                && d.title().contains(school.year().label()) && d.approvedBy().equals("Директор Смирнова Е. В.")));
        assertEquals(AGENCY_KINDS, school.agencies().stream().map(AgencyDraft::kind).collect(Collectors.toSet()));
        for (SeedInteraction i : school.interactions()) {
            assertTrue(agencies.contains(i.agencyName()), i.agencyName());
            assertTrue(Set.of("socped", "psychologist").contains(i.authorUsername()));
            assertFalse(i.subject().isEmpty());
            assertEquals(i.nextStep().isEmpty(), i.nextDue() == null, i.toString());
            if (i.pupilIndex() != null) {
                SeedPupil pupil = school.pupils().get(i.pupilIndex());
                assertTrue(pupil.hasFlag("at-risk", i.date()) || pupil.hasFlag("guardianship", i.date()),
                        pupil.toString());
            }
        }
        assertTrue(school.interactions().stream().anyMatch(i -> i.pupilIndex() != null));
        assertTrue(school.interactions().stream().anyMatch(i -> i.nextDue() != null && i.nextDue().isAfter(today)));
    }

    @ParameterizedTest
    @MethodSource("schools")
    void noDateLiesInTheFuture(long seed, LocalDate today) {
        SchoolSeed school = GENERATOR.generate(seed, today);
        assertEquals(AcademicYear.containing(today), school.year());
        List<LocalDate> dates = new ArrayList<>();
        school.pupils().forEach(p -> {
            dates.add(p.birthDate());
            p.flags().forEach(f -> {
                dates.add(f.setOn());
                if (f.clearedOn() != null) {
                    dates.add(f.clearedOn());
                }
            });
        });
        school.orders().forEach(o -> dates.add(o.date()));
        dates.add(school.head().from());
        school.members().forEach(m -> dates.add(m.from()));
        school.documents().stream().filter(SeedDocument::approved).forEach(d -> dates.add(d.approvedOn()));
        school.interactions().forEach(i -> dates.add(i.date()));
        dates.forEach(d -> assertNotNull(d));
        List<LocalDate> future = dates.stream().filter(d -> d.isAfter(today)).toList();
        assertTrue(future.isEmpty(), "future dates: " + future);
        school.orders().forEach(o -> assertTrue(o.date().isAfter(school.year().firstDay().minusDays(10)),
                o.toString()));
        school.interactions().forEach(i -> assertTrue(i.date().isAfter(today.minusMonths(6)), i.toString()));
    }

    @ParameterizedTest
    @MethodSource("schools")
    void phonesAndEmailsAreWellFormed(long seed, LocalDate today) {
        SchoolSeed school = GENERATOR.generate(seed, today);
        List<String> phones = new ArrayList<>();
        school.staff().forEach(s -> phones.add(s.draft().phone()));
        school.agencies().forEach(a -> phones.add(a.phone()));
        school.pupils().forEach(p -> p.representatives().stream().map(RepresentativeDraft::phone)
                .filter(ph -> !ph.isEmpty()).forEach(phones::add));
        phones.forEach(ph -> assertTrue(ph.matches(PHONE), ph));
        assertTrue(phones.contains(byKey(school, "director").draft().phone()));
        school.agencies().forEach(a -> {
            assertTrue(a.email().endsWith(".example"), a.email());
            assertFalse(a.contactPerson().isEmpty(), a.name());
            assertTrue(a.name().contains("учебные данные"), a.name());
        });
    }

    private static SeedStaff byKey(SchoolSeed school, String key) {
        return school.staff().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }
}
