package org.opora.consilium.impl.internal.support;

import java.util.List;
import java.util.Optional;

import org.opora.consilium.impl.internal.config.ConsiliumRules;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.api.staff.StructureService;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The people the consilium speaks of, looked up in the core: the current caller ({@link Who}), staff members and
 * pupils by id. A failed lookup of an id given by the user becomes a {@link ValidationException} on that field.
 */
@Component(service = People.class)
public class People {

    private final Guard guard;
    private final ConsiliumRules rules;
    private final StaffService staff;
    private final StructureService structure;
    private final PupilService pupils;

    @Activate
    public People(@Reference Guard guard, @Reference ConsiliumRules rules, @Reference StaffService staff,
            @Reference StructureService structure, @Reference PupilService pupils) {
        this.guard = guard;
        this.rules = rules;
        this.staff = staff;
        this.structure = structure;
        this.pupils = pupils;
    }

    /** The caller, with their staff record and consilium memberships (none when the core denies reading them). */
    public Who who() {
        Optional<OporaUser> user = guard.user();
        if (user.isEmpty()) {
            return Who.system();
        }
        StaffMember member = staff.byUsername(user.get().username()).orElse(null);
        if (member == null) {
            return new Who(user.get(), null, List.of());
        }
        return new Who(user.get(), member, memberships(member.id()));
    }

    private List<BodyMember> memberships(long staffId) {
        try {
            return structure.memberHistory(rules.body()).stream().filter(m -> m.staffId() == staffId).toList();
        } catch (AccessDeniedException e) {
            return List.of();
        }
    }

    /** An active staff member chosen in a form. */
    public StaffMember staff(String field, long staffId) {
        try {
            StaffMember s = staff.get(staffId);
            if (!s.active()) {
                throw new ValidationException(field, "consilium.error.staffUnknown");
            }
            return s;
        } catch (NotFoundException e) {
            throw new ValidationException(field, "consilium.error.staffUnknown");
        }
    }

    /** A staff member's record for a name, or empty when it no longer exists. */
    public Optional<StaffMember> findStaff(long staffId) {
        try {
            return Optional.of(staff.get(staffId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The pupil's legal representatives, from the pupil card (the core audits this read). */
    public List<Representative> representatives(long pupilId) {
        return pupils.card(pupilId).representatives();
    }

    /** A pupil of the school chosen in a form; an archived pupil is refused. */
    public Pupil pupil(String field, long pupilId) {
        try {
            Pupil p = pupils.get(pupilId);
            if (p.archived()) {
                throw new ValidationException(field, "consilium.error.pupilArchived");
            }
            return p;
        } catch (NotFoundException e) {
            throw new ValidationException(field, "consilium.error.pupilUnknown");
        }
    }
}
