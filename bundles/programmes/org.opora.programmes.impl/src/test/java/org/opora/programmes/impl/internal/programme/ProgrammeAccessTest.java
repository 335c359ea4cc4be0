package org.opora.programmes.impl.internal.programme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.core.api.PersonName;
import org.opora.core.api.staff.StaffMember;
import org.opora.platform.api.security.OporaUser;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.impl.internal.model.ProgrammeEntity;
import org.opora.programmes.impl.internal.model.PupilSnapshot;
import org.opora.programmes.impl.internal.support.Who;

/** Who reads and keeps a programme: the people regulation 002 names, and only existence for a class teacher. */
class ProgrammeAccessTest {

    private static final long CURATOR = 5;
    private static final long SPECIALIST = 6;
    private static final long CLASS_TEACHER = 7;
    private static final long CHAIR = 8;

    private final ProgrammeEntity programme = programme();

    @Test
    void theCuratorAndTheDrafterReadAndKeep() {
        Who curator = staff("curator", CURATOR, Set.of());
        assertTrue(ProgrammeAccess.canRead(curator, programme, false));
        assertTrue(ProgrammeAccess.canKeep(curator, programme));
        assertTrue(ProgrammeAccess.canObserve(curator, programme));
        Who drafter = staff("drafter", 99, Set.of());
        assertTrue(ProgrammeAccess.canRead(drafter, programme, false));
        assertTrue(ProgrammeAccess.canKeep(drafter, programme));
        assertFalse(ProgrammeAccess.canObserve(drafter, programme));
    }

    @Test
    void aResponsibleSpecialistReadsAndMarksOnlyTheirRow() {
        Who specialist = staff("psy", SPECIALIST, Set.of());
        assertTrue(ProgrammeAccess.canRead(specialist, programme, true));
        assertFalse(ProgrammeAccess.canKeep(specialist, programme));
        assertTrue(ProgrammeAccess.canMarkDone(specialist, programme, SPECIALIST));
        assertFalse(ProgrammeAccess.canMarkDone(specialist, programme, CLASS_TEACHER));
    }

    @Test
    void aClassTeacherWithExistenceDoesNotReadTheContent() {
        Who teacher = new Who(user("teacher", ProgrammesPermissions.ACCESS, ProgrammesPermissions.EXISTENCE),
                member(CLASS_TEACHER), Set.of("member"));
        assertFalse(ProgrammeAccess.canRead(teacher, programme, false));
        assertFalse(ProgrammeAccess.canKeep(teacher, programme));
        assertTrue(ProgrammeQueries.seesAll(teacher));
    }

    @Test
    void readAllReadsButDoesNotKeep() {
        Who head = new Who(user("head", ProgrammesPermissions.ACCESS, ProgrammesPermissions.READ_ALL), member(42),
                Set.of());
        assertTrue(ProgrammeAccess.canRead(head, programme, false));
        assertFalse(ProgrammeAccess.canKeep(head, programme));
    }

    @Test
    void theConsiliumChairReadsAndItsKeepersRecordTheReviewDecision() {
        Who chair = staff("chair", CHAIR, Set.of(Who.CHAIR));
        assertTrue(ProgrammeAccess.canRead(chair, programme, false));
        assertTrue(ProgrammeAccess.canDecide(chair, programme));
        Who secretary = staff("secretary", 9, Set.of("secretary"));
        assertFalse(ProgrammeAccess.canRead(secretary, programme, false));
        assertTrue(ProgrammeAccess.canDecide(secretary, programme));
        assertFalse(ProgrammeAccess.canDecide(staff("member", 10, Set.of("member")), programme));
    }

    @Test
    void theSystemMayDoEverything() {
        Who system = Who.system();
        assertTrue(ProgrammeAccess.canRead(system, programme, false));
        assertTrue(ProgrammeAccess.canKeep(system, programme));
        assertTrue(ProgrammeAccess.canMarkDone(system, programme, null));
    }

    @Test
    void anAccountWithoutAStaffRecordIsNobodysCurator() {
        ProgrammeEntity withoutCurator = new ProgrammeEntity(snapshot(), "drafter", Instant.EPOCH);
        Who stranger = new Who(user("x", ProgrammesPermissions.ACCESS), null, Set.of());
        assertFalse(ProgrammeAccess.canRead(stranger, withoutCurator, false));
        assertFalse(ProgrammeAccess.canObserve(stranger, withoutCurator));
    }

    private static ProgrammeEntity programme() {
        ProgrammeEntity p = new ProgrammeEntity(snapshot(), "drafter", Instant.EPOCH);
        p.curator(CURATOR, "Curator C");
        return p;
    }

    private static PupilSnapshot snapshot() {
        return new PupilSnapshot(1, "Pupil P", LocalDate.of(2012, 1, 1), "7B", "Teacher T", "Parent P");
    }

    private static Who staff(String login, long staffId, Set<String> roles) {
        return new Who(user(login, ProgrammesPermissions.ACCESS), member(staffId), roles);
    }

    private static StaffMember member(long id) {
        return new StaffMember(id, new PersonName("Surname", "Name", ""), "position", List.of(), "", "", "", true, 0);
    }

    private static OporaUser user(String login, String... permissions) {
        return new OporaUser(login, login, Set.of(), Set.of(permissions), Locale.ROOT);
    }
}
