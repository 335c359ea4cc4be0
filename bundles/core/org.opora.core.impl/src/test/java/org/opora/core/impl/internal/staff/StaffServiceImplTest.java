package org.opora.core.impl.internal.staff;

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
}
