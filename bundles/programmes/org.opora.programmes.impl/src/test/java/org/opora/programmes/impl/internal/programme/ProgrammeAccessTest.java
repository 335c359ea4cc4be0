package org.opora.programmes.impl.internal.programme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.core.api.PersonName;
import org.opora.core.api.staff.Bodies;
import org.opora.core.api.staff.BodyRoleMeaning;
import org.opora.core.api.staff.BodyRoles;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.Caller;
import org.opora.platform.api.security.OporaUser;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.impl.internal.model.ProgrammeEntity;
import org.opora.programmes.impl.internal.model.PupilSnapshot;

/** Who reads and keeps a programme: the people regulation 002 names, and only existence for a class teacher. */
class ProgrammeAccessTest {

    private static final long CURATOR = 5;
    private static final long SPECIALIST = 6;
    private static final long CLASS_TEACHER = 7;
    private static final long CHAIR = 8;

    private final ProgrammeEntity programme = programme();

    @Test
    void theCuratorAndTheDrafterReadAndKeep() {
        Caller curator = staff("curator", CURATOR);
        assertTrue(ProgrammeAccess.canRead(curator, programme, false));
        assertTrue(ProgrammeAccess.canKeep(curator, programme));
        assertTrue(ProgrammeAccess.canObserve(curator, programme));
        Caller drafter = staff("drafter", 99);
        assertTrue(ProgrammeAccess.canRead(drafter, programme, false));
        assertTrue(ProgrammeAccess.canKeep(drafter, programme));
        assertFalse(ProgrammeAccess.canObserve(drafter, programme));
    }

    @Test
    void aResponsibleSpecialistReadsAndMarksOnlyTheirRow() {
        Caller specialist = staff("psy", SPECIALIST);
        assertTrue(ProgrammeAccess.canRead(specialist, programme, true));
        assertFalse(ProgrammeAccess.canKeep(specialist, programme));
        assertTrue(ProgrammeAccess.canMarkDone(specialist, programme, SPECIALIST));
        assertFalse(ProgrammeAccess.canMarkDone(specialist, programme, CLASS_TEACHER));
    }

    @Test
    void aClassTeacherWithExistenceDoesNotReadTheContent() {
        Caller teacher = new Caller(user("teacher", ProgrammesPermissions.ACCESS, ProgrammesPermissions.EXISTENCE),
                member(CLASS_TEACHER), memberships(Bodies.MEMBER));
        assertFalse(ProgrammeAccess.canRead(teacher, programme, false));
        assertFalse(ProgrammeAccess.canKeep(teacher, programme));
        assertTrue(ProgrammeQueries.seesAll(teacher));
    }

    @Test
    void readAllReadsButDoesNotKeep() {
        Caller head = new Caller(user("head", ProgrammesPermissions.ACCESS, ProgrammesPermissions.READ_ALL), member(42),
                List.of());
        assertTrue(ProgrammeAccess.canRead(head, programme, false));
        assertFalse(ProgrammeAccess.canKeep(head, programme));
    }

    @Test
    void theConsiliumChairReadsAndItsKeepersRecordTheReviewDecision() {
        Caller chair = staff("chair", CHAIR, Bodies.CHAIR);
        assertTrue(ProgrammeAccess.canRead(chair, programme, false));
        assertTrue(ProgrammeAccess.canDecide(chair, programme));
        Caller secretary = staff("secretary", 9, Bodies.SECRETARY);
        assertFalse(ProgrammeAccess.canRead(secretary, programme, false));
        assertTrue(ProgrammeAccess.canDecide(secretary, programme));
        assertFalse(ProgrammeAccess.canDecide(staff("member", 10, Bodies.MEMBER), programme));
    }

    @Test
    void theChairIsWhicheverRoleTheSchoolGaveThatMeaning() {
        BodyRoles own = Bodies.fixed(List.of("head", "clerk", "chair"),
                Map.of("head", BodyRoleMeaning.CHAIR, "clerk", BodyRoleMeaning.SECRETARY));
        Caller head = new Caller(user("head", ProgrammesPermissions.ACCESS), member(CHAIR), memberships("head"), own);
        assertTrue(ProgrammeAccess.canRead(head, programme, false));
        assertTrue(ProgrammeAccess.canDecide(head, programme));
        Caller clerk = new Caller(user("clerk", ProgrammesPermissions.ACCESS), member(9), memberships("clerk"), own);
        assertFalse(ProgrammeAccess.canRead(clerk, programme, false));
        assertTrue(ProgrammeAccess.canDecide(clerk, programme));
        Caller oldCode = new Caller(user("c", ProgrammesPermissions.ACCESS), member(10), memberships("chair"), own);
        assertFalse(ProgrammeAccess.canRead(oldCode, programme, false), "the code chair means a member here");
        assertFalse(ProgrammeAccess.canDecide(oldCode, programme));
    }

    @Test
    void theSystemMayDoEverything() {
        Caller system = Caller.system();
        assertTrue(ProgrammeAccess.canRead(system, programme, false));
        assertTrue(ProgrammeAccess.canKeep(system, programme));
        assertTrue(ProgrammeAccess.canMarkDone(system, programme, null));
    }

    @Test
    void anAccountWithoutAStaffRecordIsNobodysCurator() {
        ProgrammeEntity withoutCurator = new ProgrammeEntity(snapshot(), "drafter", Instant.EPOCH);
        Caller stranger = new Caller(user("x", ProgrammesPermissions.ACCESS), null, List.of());
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

    private static Caller staff(String login, long staffId, String... consiliumRoles) {
        return new Caller(user(login, ProgrammesPermissions.ACCESS), member(staffId), memberships(consiliumRoles));
    }

    /** Memberships of the consilium today, one a role (the programmes carry only today's). */
    private static List<BodyMember> memberships(String... roles) {
        return Arrays.stream(roles).map(r -> new BodyMember(1, "ppk", 1, "Member M", r, LocalDate.of(2020, 9, 1),
                null, null, "", null)).toList();
    }

    private static StaffMember member(long id) {
        return new StaffMember(id, new PersonName("Surname", "Name", ""), "position", List.of(), "", "", "", true, 0);
    }

    private static OporaUser user(String login, String... permissions) {
        return new OporaUser(login, login, Set.of(), Set.of(permissions), Locale.ROOT);
    }
}
