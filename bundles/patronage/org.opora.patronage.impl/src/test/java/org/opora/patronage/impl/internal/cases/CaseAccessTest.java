package org.opora.patronage.impl.internal.cases;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.core.api.PersonName;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.Caller;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.platform.testing.FakeSecurityContext;

class CaseAccessTest {

    private static Caller caller(long staffId, String... permissions) {
        StaffMember s = new StaffMember(staffId, new PersonName("S", "A", ""), "", List.of(), "u" + staffId, "", "",
                true, 1);
        return new Caller(FakeSecurityContext.user("u" + staffId, permissions), s, List.of());
    }

    @Test
    void theCoordinatorKeepsEveryCase() {
        CaseAccess a = CaseAccess.of(caller(1, PatronagePermissions.COORDINATE), true, Set.of(), Set.of(), Set.of());
        assertTrue(a.canKeep());
        assertTrue(a.canRead());
        assertTrue(a.canPlan());
        assertFalse(a.worksOn());
    }

    @Test
    void aSpecialistOfAnotherTypeWithCoordinateKeepsNothing() {
        CaseAccess a = CaseAccess.of(caller(1, PatronagePermissions.COORDINATE), false, Set.of(), Set.of(), Set.of());
        assertFalse(a.canKeep());
        assertFalse(a.canRead());
    }

    @Test
    void theDirectorReadsAndKeepsEveryCase() {
        CaseAccess a = CaseAccess.of(caller(1, PatronagePermissions.COORDINATE, PatronagePermissions.READ_ALL), false,
                Set.of(), Set.of(), Set.of());
        assertTrue(a.canKeep());
        CaseAccess reader = CaseAccess.of(caller(1, PatronagePermissions.READ_ALL), false, Set.of(), Set.of(),
                Set.of());
        assertTrue(reader.canRead());
        assertFalse(reader.canKeep());
        assertFalse(reader.canPlan());
    }

    @Test
    void theCuratorPlansTheTeamLogsContactsTheSpecialistReads() {
        CaseAccess curator = CaseAccess.of(caller(7, PatronagePermissions.WORK), false, Set.of(7L), Set.of(), Set.of());
        assertTrue(curator.canPlan());
        assertFalse(curator.canKeep());
        CaseAccess member = CaseAccess.of(caller(7, PatronagePermissions.WORK), false, Set.of(), Set.of(7L), Set.of());
        assertTrue(member.canLogContacts());
        assertFalse(member.canPlan());
        CaseAccess specialist = CaseAccess.of(caller(7), false, Set.of(), Set.of(), Set.of(7L));
        assertTrue(specialist.canRead());
        assertFalse(specialist.canLogContacts());
        assertTrue(specialist.worksOn());
    }

    @Test
    void aClassTeacherOutsideTheCaseReadsNothing() {
        CaseAccess a = CaseAccess.of(caller(9, PatronagePermissions.ACCESS, PatronagePermissions.EXISTENCE,
                PatronagePermissions.WORK), false, Set.of(7L), Set.of(8L), Set.of());
        assertFalse(a.canRead());
    }

    @Test
    void theSystemMayDoEverything() {
        CaseAccess a = CaseAccess.of(Caller.system(), false, Set.of(), Set.of(), Set.of());
        assertTrue(a.canKeep());
        assertTrue(a.canRead());
    }
}
