package org.opora.programmes.demo.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.SchoolService;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.support.ModuleGuard;
import org.opora.platform.api.security.OporaUser;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.demo.internal.DemoPlan.Role;

/**
 * The people the demo writes as and names, found among the demo school's staff, and running work in their name
 * with the permissions their demo role has by default: curators and the head of service draft, the director
 * approves (and registers the order on the plans' deadline), the coordinator agrees plans. Those who act must have
 * an account, since the programmes recognise a curator or a coordinator by the staff record linked to the login.
 */
final class DemoCast {

    /** What every demo actor may read in the core: the pupils, their flags and the staff the records name. */
    private static final Set<String> CORE = Set.of(CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL,
            CorePermissions.PUPIL_FLAGS, CorePermissions.STAFF_READ);
    static final Set<String> SPECIALIST = with(ProgrammesPermissions.ACCESS, ProgrammesPermissions.EXISTENCE,
            ProgrammesPermissions.DRAFT);
    static final Set<String> HEAD = with(ProgrammesPermissions.ACCESS, ProgrammesPermissions.EXISTENCE,
            ProgrammesPermissions.DRAFT, ProgrammesPermissions.READ_ALL);
    static final Set<String> DIRECTOR = with(ProgrammesPermissions.ACCESS, ProgrammesPermissions.EXISTENCE,
            ProgrammesPermissions.READ_ALL, CorePermissions.STRUCTURE_MANAGE);
    /**
     * The role the director acts in: the approvals of the seed schools' chains ({@code approve: director}) are taken
     * by a holder of the role, not by a permission.
     */
    static final String DIRECTOR_ROLE = "director";
    static final Set<String> COORDINATOR = with(ProgrammesPermissions.ACCESS, ProgrammesPermissions.EXISTENCE,
            ProgrammesPermissions.COORDINATE);

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final StaffService staff;
    private final PupilService pupils;
    private final SchoolService school;
    private final Map<Role, StaffMember> found = new HashMap<>();

    DemoCast(StaffService staff, PupilService pupils, SchoolService school) {
        this.staff = staff;
        this.pupils = pupils;
        this.school = school;
    }

    /**
     * The person in the role; for the class teacher, the pupil's. Whoever has no one in the school is replaced by
     * the psychologist.
     *
     * @throws IllegalStateException when the school has no psychologist, social pedagogue or head with an account
     */
    StaffMember of(Role role, long pupilId) {
        if (role == Role.CLASS_TEACHER) {
            Long teacher = pupils.get(pupilId).classTeacherId();
            return teacher != null ? staff.get(teacher) : of(Role.PSYCHOLOGIST, pupilId);
        }
        StaffMember member = found.get(role);
        if (member == null) {
            member = switch (role) {
                case PSYCHOLOGIST -> account("psychologist", "psychologist");
                case SOCIAL_PEDAGOGUE -> account("socped", "social-pedagogue");
                case HEAD -> account("head", "psychologist");
                default -> staff.ofType("additional-education").stream().findFirst()
                        .orElseGet(() -> of(Role.PSYCHOLOGIST, pupilId));
            };
            found.put(role, member);
        }
        return member;
    }

    /** The director of the school, as the core names them. */
    StaffMember director() {
        Long id = school.school().directorId();
        return id != null ? staff.get(id) : account("director", "deputy-director");
    }

    /** The coordinator of individual plans (appointed by order in the demo school): the deputy. */
    StaffMember coordinator() {
        return staff.ofType("coordinator").stream().filter(DemoCast::hasAccount).findFirst()
                .orElseGet(() -> account("deputy", "deputy-director"));
    }

    /**
     * Runs work as the staff member with the permissions, so that the records name them; acting with the director's
     * permissions, also in the director's role.
     */
    <T> T as(StaffMember member, Set<String> permissions, Supplier<T> work) {
        String login = hasAccount(member) ? member.username() : "demo-staff-" + member.id();
        Set<String> roles = permissions.equals(DIRECTOR) ? Set.of(DIRECTOR_ROLE) : Set.of();
        return ModuleGuard.actingAs(new OporaUser(login, member.name().full(), roles, permissions, RUSSIAN), work);
    }

    void as(StaffMember member, Set<String> permissions, Runnable work) {
        as(member, permissions, () -> {
            work.run();
            return null;
        });
    }

    /** The demo account, else the first person of the type with an account. */
    private StaffMember account(String username, String type) {
        return staff.byUsername(username).orElseGet(() -> staff.ofType(type).stream().filter(DemoCast::hasAccount)
                .findFirst().orElseThrow(() -> new IllegalStateException("the demo school has no " + type
                        + " with an account")));
    }

    private static boolean hasAccount(StaffMember member) {
        return member.username() != null && !member.username().isBlank();
    }

    private static Set<String> with(String... permissions) {
        return Stream.concat(CORE.stream(), Stream.of(permissions)).collect(Collectors.toUnmodifiableSet());
    }
}
