package org.opora.core.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.opora.core.api.NotFoundException;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilCard;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.Bodies;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.BodyRoles;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The people a module's services speak of, looked up in the core: the current {@link Caller}, staff members and
 * pupils by id. A failed lookup of an id the user chose becomes a {@link ValidationException} on that field with the
 * module's key ({@code <module>.error.staffUnknown}, {@code .pupilUnknown}, {@code .pupilArchived}). A module's DS
 * component extends it and says which memberships a caller carries.
 */
@ConsumerType
public abstract class ModulePeople {

    private final ModuleGuard guard;
    private final StaffService staff;
    private final PupilService pupils;
    private final String module;
    private final BodyRoles roles;

    /**
     * People whose roles mean what the built-in roles mean.
     *
     * @param module the prefix of the module's message keys, e.g. {@code consilium}
     */
    protected ModulePeople(ModuleGuard guard, StaffService staff, PupilService pupils, String module) {
        this(guard, staff, pupils, module, Bodies.builtIn());
    }

    /**
     * @param module the prefix of the module's message keys, e.g. {@code consilium}
     * @param roles  the core's roles with their configured meanings, which the callers' memberships are read by (2.7)
     */
    protected ModulePeople(ModuleGuard guard, StaffService staff, PupilService pupils, String module,
            BodyRoles roles) {
        this.guard = guard;
        this.staff = staff;
        this.pupils = pupils;
        this.module = module;
        this.roles = roles;
    }

    /** The core's roles with their meanings (2.7). */
    public BodyRoles roles() {
        return roles;
    }

    /**
     * The staff member's memberships of the body the module works with, any period; empty when the caller may not
     * read them or the body is unknown.
     */
    protected abstract List<BodyMember> memberships(long staffId);

    /** The caller's login as records and the journal name it ({@code system} without one), without any lookup. */
    public String login() {
        return guard.actor();
    }

    /** The caller, with their staff record and memberships. */
    public Caller who() {
        Optional<OporaUser> user = guard.user();
        return user.isEmpty() ? Caller.system() : who(user.get());
    }

    /** The given user as a caller (for "my duties", which are built for a user passed in). */
    public Caller who(OporaUser user) {
        StaffMember member = staff.byUsername(user.username()).orElse(null);
        if (member == null) {
            return new Caller(user, null, List.of(), roles);
        }
        return new Caller(user, member, memberships(member.id()), roles);
    }

    /** An active staff member chosen in a form. */
    public StaffMember staff(String field, long staffId) {
        try {
            StaffMember s = staff.get(staffId);
            if (!s.active()) {
                throw new ValidationException(field, module + ".error.staffUnknown");
            }
            return s;
        } catch (NotFoundException e) {
            throw new ValidationException(field, module + ".error.staffUnknown");
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

    /** A pupil of the school chosen in a form; an archived pupil is refused. */
    public Pupil pupil(String field, long pupilId) {
        try {
            Pupil p = pupils.get(pupilId);
            if (p.archived()) {
                throw new ValidationException(field, module + ".error.pupilArchived");
            }
            return p;
        } catch (NotFoundException e) {
            throw new ValidationException(field, module + ".error.pupilUnknown");
        }
    }

    /**
     * When the pupil is expected to finish school (the core's {@link PupilService#expectedGraduation}), or
     * {@code null} when it is not known — also when the caller may not read the pupil.
     */
    public LocalDate graduation(long pupilId) {
        try {
            return pupils.expectedGraduation(pupilId).orElse(null);
        } catch (NotFoundException | AccessDeniedException e) {
            return null;
        }
    }

    /** The pupil card (the core audits this read). */
    public PupilCard card(long pupilId) {
        return pupils.card(pupilId);
    }

    /** The core's pupils, for what a module asks beyond one pupil. */
    protected PupilService pupils() {
        return pupils;
    }
}
