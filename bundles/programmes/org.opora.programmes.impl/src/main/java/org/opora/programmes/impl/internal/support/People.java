package org.opora.programmes.impl.internal.support;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.opora.core.api.NotFoundException;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilCard;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.api.staff.StructureService;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.opora.programmes.impl.internal.model.PupilSnapshot;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The people the programmes speak of, looked up in the core: the current caller ({@link Who}), staff members and
 * pupils by id. A failed lookup of an id given by the user becomes a {@link ValidationException} on that field.
 */
@Component(service = People.class)
public class People {

    /** Code of the core's functional body that is the consilium (the consilium module's default). */
    public static final String CONSILIUM_BODY = "consilium";

    private final Guard guard;
    private final ProgrammesDatabase db;
    private final StaffService staff;
    private final StructureService structure;
    private final PupilService pupils;

    @Activate
    public People(@Reference Guard guard, @Reference ProgrammesDatabase db, @Reference StaffService staff,
            @Reference StructureService structure, @Reference PupilService pupils) {
        this.guard = guard;
        this.db = db;
        this.staff = staff;
        this.structure = structure;
        this.pupils = pupils;
    }

    /** The caller, with their staff record and consilium roles today (none when the core denies reading them). */
    public Who who() {
        Optional<OporaUser> user = guard.user();
        if (user.isEmpty()) {
            return Who.system();
        }
        return who(user.get());
    }

    /** The given user as a caller (for "my duties", which are built for a user passed in). */
    public Who who(OporaUser user) {
        StaffMember member = staff.byUsername(user.username()).orElse(null);
        if (member == null) {
            return new Who(user, null, Set.of());
        }
        return new Who(user, member, consiliumRoles(member.id()));
    }

    private Set<String> consiliumRoles(long staffId) {
        try {
            return structure.members(CONSILIUM_BODY, db.today()).stream().filter(m -> m.staffId() == staffId)
                    .map(m -> m.role()).collect(Collectors.toSet());
        } catch (AccessDeniedException | ValidationException e) {
            return Set.of();
        }
    }

    /** An active staff member chosen in a form. */
    public StaffMember staff(String field, long staffId) {
        try {
            StaffMember s = staff.get(staffId);
            if (!s.active()) {
                throw new ValidationException(field, "programmes.error.staffUnknown");
            }
            return s;
        } catch (NotFoundException e) {
            throw new ValidationException(field, "programmes.error.staffUnknown");
        }
    }

    /** A pupil of the school chosen in a form; an archived pupil is refused. */
    public Pupil pupil(String field, long pupilId) {
        try {
            Pupil p = pupils.get(pupilId);
            if (p.archived()) {
                throw new ValidationException(field, "programmes.error.pupilArchived");
            }
            return p;
        } catch (NotFoundException e) {
            throw new ValidationException(field, "programmes.error.pupilUnknown");
        }
    }

    /** The pupil card (the core audits this read). */
    public PupilCard card(long pupilId) {
        return pupils.card(pupilId);
    }

    /** The pupil as a programme records them now: the core data and the parents' names from the card. */
    public PupilSnapshot snapshot(Pupil p) {
        List<Representative> reps = card(p.id()).representatives();
        String parents = reps.stream().map(Representative::fullName).collect(Collectors.joining("\n"));
        return new PupilSnapshot(p.id(), p.name().full(), p.birthDate(), p.className(), p.classTeacher(), parents);
    }

    /** The ids of the current pupils of a class. */
    public List<Long> ofClass(long classId) {
        return pupils.ofClass(classId).stream().map(Pupil::id).toList();
    }
}
