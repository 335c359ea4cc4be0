package org.opora.core.impl.internal.staff;

import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ConflictException;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.PersonName;
import org.opora.core.api.staff.StaffDraft;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffQuery;
import org.opora.core.impl.internal.support.CoreServiceTestSupport;
import org.opora.platform.api.audit.AuditAction;

class StaffServiceImplTest extends CoreServiceTestSupport {

    private static StaffDraft draft(String surname, String position, List<String> types, String username) {
        return new StaffDraft(new PersonName(surname, "Olga", ""), position, types, username, "+7 (495) 123-45-67",
                "olga@school.example");
    }

    @Test
    void theOfficeCreatesAStaffMemberAndTheCreationIsAudited() {
        signIn("office", CorePermissions.STAFF_MANAGE, CorePermissions.STAFF_READ);

        StaffMember created = staff.create(draft("Belova", "Psychologist", List.of("psychologist"), "belova"));

        assertEquals(created, staff.get(created.id()));
        assertTrue(created.active());
        assertTrue(created.is("psychologist"));
        assertEquals(Optional.of(created), staff.byUsername("belova"));
        audited("office", AuditAction.CREATE, "staff", created.id());
    }

    @Test
    void readingAndChangingNeedTheirPermissions() {
        StaffMember s = staffMember("Belova", "");
        signIn("pupil-reader", CorePermissions.PUPIL_READ);
        denied(CorePermissions.STAFF_READ, () -> staff.find(StaffQuery.all(), 0, 10));
        denied(CorePermissions.STAFF_READ, () -> staff.get(s.id()));
        signIn("reader", CorePermissions.STAFF_READ);
        denied(CorePermissions.STAFF_MANAGE, () -> staff.create(draft("Popova", "Teacher", List.of(), "")));
        denied(CorePermissions.STAFF_MANAGE, () -> staff.update(s.id(), s.version(),
                draft("Popova", "Teacher", List.of(), "")));
        denied(CorePermissions.STAFF_MANAGE, () -> staff.setActive(s.id(), false));
        assertEquals("Belova", staff.get(s.id()).name().surname());
    }

    @Test
    void oneAccountLinksToOnePerson() {
        StaffMember belova = staff.create(draft("Belova", "Teacher", List.of(), "belova"));
        refused("core.error.username.taken", () -> staff.create(draft("Popova", "Teacher", List.of(), "belova")));
        StaffMember popova = staff.create(draft("Popova", "Teacher", List.of(), ""));
        refused("core.error.username.taken",
                () -> staff.update(popova.id(), popova.version(), draft("Popova", "Teacher", List.of(), "belova")));
        StaffMember kept = staff.update(belova.id(), belova.version(), draft("Belova", "Head", List.of(), "belova"));
        assertEquals("Head", kept.position(), "keeping one's own account is no clash");
    }

    @Test
    void fieldsAreChecked() {
        refused("core.error.required", () -> staff.create(draft("Belova", " ", List.of(), "")));
        refused("core.error.notInList", () -> staff.create(draft("Belova", "Wizard", List.of("wizard"), "")));
        refused("core.error.username", () -> staff.create(draft("Belova", "Teacher", List.of(), "Bad Name")));
        refused("core.error.phone", () -> staff.create(new StaffDraft(new PersonName("Belova", "Olga", ""), "Teacher",
                List.of(), "", "call me", "")));
        refused("core.error.email", () -> staff.create(new StaffDraft(new PersonName("Belova", "Olga", ""), "Teacher",
                List.of(), "", "", "not-an-address")));
        refused("core.error.required", () -> staff.create(new StaffDraft(new PersonName("", "Olga", ""), "Teacher",
                List.of(), "", "", "")));
        assertEquals(0, staff.count(StaffQuery.all()));
    }

    @Test
    void anUpdateFromAStaleCopyIsAConflict() {
        StaffMember s = staffMember("Belova", "");
        StaffMember changed = staff.update(s.id(), s.version(), draft("Belova", "Head teacher", List.of(), ""));
        assertTrue(changed.version() > s.version());

        assertThrows(ConflictException.class,
                () -> staff.update(s.id(), s.version(), draft("Belova", "Cook", List.of(), "")));
        assertEquals("Head teacher", staff.get(s.id()).position());
        assertThrows(NotFoundException.class, () -> staff.update(999, 0, draft("X", "Cook", List.of(), "")));
    }

    @Test
    void theListFindsByWordsTypeAndWhetherPeopleStillWorkHere() {
        StaffMember belova = staff.create(draft("Belova", "Educational psychologist", List.of("psychologist"), ""));
        staff.create(draft("Popova", "Speech therapist", List.of("speech-therapist"), ""));
        StaffMember left = staff.create(draft("Orlova", "Psychologist", List.of("psychologist", "mentor"), ""));
        staff.setActive(left.id(), false);

        assertEquals(List.of("Belova", "Popova"), surnames(staff.find(StaffQuery.all(), 0, 10)));
        assertEquals(List.of("Belova", "Orlova", "Popova"),
                surnames(staff.find(new StaffQuery("", "", true), 0, 10)));
        assertEquals(List.of("Belova"), surnames(staff.find(new StaffQuery("belo psycho", "", false), 0, 10)));
        assertEquals(List.of("Belova"), surnames(staff.ofType("psychologist")));
        assertEquals(List.of("Orlova"), surnames(staff.find(new StaffQuery("", "mentor", true), 0, 10)));
        assertEquals(List.of(), surnames(staff.find(new StaffQuery("", "mentors", true), 0, 10)),
                "a type is matched whole");
        assertEquals(1, staff.count(new StaffQuery("speech", "", false)));
        assertEquals(List.of("Popova"), surnames(staff.find(StaffQuery.all(), 1, 5)), "the second page");
        assertEquals(belova.id(), staff.find(StaffQuery.all(), 0, 1).get(0).id());
    }

    @Test
    void someoneWhoLeftStaysOnRecordAndTheChangeIsAudited() {
        StaffMember s = staffMember("Belova", "belova");
        signIn("office", CorePermissions.STAFF_MANAGE);

        StaffMember gone = staff.setActive(s.id(), false);

        assertFalse(gone.active());
        assertEquals("deactivated", audit.last().summary());
        audited("office", AuditAction.UPDATE, "staff", s.id());
        assertTrue(staff.byUsername("belova").isPresent());
        assertEquals(Optional.empty(), staff.byUsername(" "));
    }

    private static List<String> surnames(List<StaffMember> members) {
        return members.stream().map(m -> m.name().surname()).toList();
    }

    /** Each field of the staff form fed a bad value: refused with its message on that field, nothing stored. */
    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "surname         | ''               | core.error.required",
        "surname         | LONG             | core.error.tooLong",
        "surname         | <b>Белова</b>    | core.error.name.letters",
        "surname         | Бeлoва           | core.error.name.mixed",
        "givenName       | ''               | core.error.required",
        "patronymic      | Ивaновна         | core.error.name.mixed",
        "position        | ''               | core.error.required",
        "position        | LONG             | core.error.tooLong",
        "specialistTypes | juggler          | core.error.notInList",
        "username        | Belova!          | core.error.username",
        "username        | b                | core.error.username",
        "phone           | <script>         | core.error.phone",
        "email           | belova@          | core.error.email"})
    void aBadFieldOfTheStaffFormIsRefusedAndNothingIsStored(String field, String value, String key) {
        String v = "LONG".equals(value) ? "я".repeat(201) : value;
        java.util.function.Function<String, String> f = name -> field.equals(name) ? v : "";
        StaffDraft d = new StaffDraft(new PersonName("surname".equals(field) ? v : "Белова",
                "givenName".equals(field) ? v : "Ольга", f.apply("patronymic")),
                "position".equals(field) ? v : "Педагог-психолог",
                "specialistTypes".equals(field) ? List.of(v) : List.of("psychologist"), f.apply("username"),
                f.apply("phone"), f.apply("email"));
        org.opora.core.api.ValidationException e = refused(key, () -> staff.create(d));
        assertEquals(field, e.field());
        assertEquals(0, staff.count(StaffQuery.all()));
    }

    @Test
    void everyObjectionOfTheStaffFormComesAtOnce() {
        org.opora.core.api.ValidationException e = assertThrows(org.opora.core.api.ValidationException.class,
                () -> staff.create(new StaffDraft(new PersonName("", "Ольга", "Пeтровна"), "", List.of(), "B!",
                        "phone", "mail")));
        assertEquals(List.of("surname", "patronymic", "position", "username", "phone", "email"),
                ((org.opora.core.api.ValidationErrors) e).errors().stream()
                        .map(org.opora.core.api.ValidationException::field).toList());
        assertEquals(0, staff.count(StaffQuery.all()));
    }
}
