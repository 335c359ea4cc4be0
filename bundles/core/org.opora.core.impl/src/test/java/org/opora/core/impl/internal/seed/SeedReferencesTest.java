package org.opora.core.impl.internal.seed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;
import org.opora.core.api.ValidationException;
import org.opora.core.api.agency.AgencyDraft;
import org.opora.core.api.seed.SchoolSeed;
import org.opora.core.api.seed.SeedClass;
import org.opora.core.api.seed.SeedHead;
import org.opora.core.api.seed.SeedInteraction;
import org.opora.core.api.seed.SeedMember;
import org.opora.core.api.seed.SeedPupil;
import org.opora.core.api.seed.SeedStaff;
import org.opora.core.api.staff.OrderDraft;
import org.opora.core.api.staff.StaffDraft;

/** A seed is written only when every record refers to keys the seed defines, each defined once. */
class SeedReferencesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 1);
    private static final SeedStaff DIRECTOR = staff("director");
    private static final SeedStaff HEAD = staff("head");
    private static final OrderDraft ORDER = new OrderDraft("12", DAY, "Appointment", "");
    private static final AgencyDraft AGENCY = new AgencyDraft("pmpk", "PMPK", "", "", "", "");

    @Test
    void aConsistentSeedPasses() {
        assertDoesNotThrow(() -> SeedReferences.check(seed(List.of(pupil("5A")), new SeedHead("head", "12", DAY),
                List.of(new SeedMember("consilium", "head", "chair", DAY, null)), List.of(interaction(0)))));
        assertDoesNotThrow(() -> SeedReferences.check(seed(List.of(), null, List.of(), List.of())));
    }

    @Test
    void aPupilOfAClassTheSeedHasNotIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> SeedReferences.check(seed(List.of(pupil("5A"), pupil("6A")), null, List.of(), List.of())));
        assertEquals("pupils[1].className", e.field());
        assertEquals(SeedReferences.REFERENCE, e.messageKey());
        assertArrayEquals(new Object[] {"pupils[1].className = 6A"}, e.params());
    }

    @Test
    void unknownStaffOrdersAgenciesAndPupilsAreRefused() {
        assertEquals("head.orderNumber", field(seed(List.of(), new SeedHead("head", "13", DAY), List.of(),
                List.of())));
        assertEquals("members[0].staffKey", field(seed(List.of(), null,
                List.of(new SeedMember("consilium", "nobody", "chair", DAY, null)), List.of())));
        assertEquals("interactions[0].pupilIndex", field(seed(List.of(pupil("5A")), null, List.of(),
                List.of(interaction(1)))));
        assertEquals("interactions[0].agencyName", field(seed(List.of(), null, List.of(),
                List.of(new SeedInteraction(DAY, "Other", null, "s", "o", "", null, "psychologist")))));
    }

    @Test
    void aKeyDefinedTwiceIsRefused() {
        SchoolSeed twice = new SchoolSeed("School", "1", "", AcademicYear.containing(DAY), null,
                List.of(DIRECTOR, DIRECTOR), List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of(),
                List.of(), false);
        assertEquals("staff[1]", field(twice));
    }

    private static String field(SchoolSeed seed) {
        return assertThrows(ValidationException.class, () -> SeedReferences.check(seed)).field();
    }

    private static SchoolSeed seed(List<SeedPupil> pupils, SeedHead head, List<SeedMember> members,
            List<SeedInteraction> interactions) {
        return new SchoolSeed("School", "1", "", AcademicYear.containing(DAY), "director", List.of(DIRECTOR, HEAD),
                List.of(new SeedClass(5, "A", "head")), pupils, List.of(ORDER), head, members, List.of(),
                List.of(AGENCY), interactions, true);
    }

    private static SeedStaff staff(String key) {
        return new SeedStaff(key, new StaffDraft(new PersonName("Surname", key, ""), "Position", List.of(), "", "",
                ""));
    }

    private static SeedPupil pupil(String className) {
        return new SeedPupil(new PersonName("Pupil", className, ""), LocalDate.of(2014, 3, 1), Sex.FEMALE, className,
                List.of(), List.of());
    }

    private static SeedInteraction interaction(Integer pupil) {
        return new SeedInteraction(DAY, "PMPK", pupil, "subject", "outcome", "", null, "psychologist");
    }
}
