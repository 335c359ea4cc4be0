package org.opora.core.impl.internal.pupil;

import jakarta.persistence.EntityManager;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.CorePermissions;
import org.opora.core.impl.internal.model.PlacementEntity;
import org.opora.core.impl.internal.model.PupilEntity;
import org.opora.core.impl.internal.model.StaffEntity;
import org.opora.core.impl.internal.support.Guard;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;

/**
 * Who may edit a pupil: holders of core.pupil.edit any pupil; holders of core.pupil.edit-own-class the pupils of
 * the class whose class teacher is the staff member linked to their account. Archived pupils are read-only.
 */
final class PupilAccess {

    private final Guard guard;

    PupilAccess(Guard guard) {
        this.guard = guard;
    }

    boolean canEdit(EntityManager em, AcademicYear year, PupilEntity p) {
        if (p.isArchived()) {
            return false;
        }
        if (guard.allows(CorePermissions.PUPIL_EDIT)) {
            return true;
        }
        OporaUser user = guard.user().orElse(null);
        if (user == null || !user.has(CorePermissions.PUPIL_EDIT_OWN_CLASS)) {
            return false;
        }
        PlacementEntity pl = PupilQueries.placement(em, p.getId(), year);
        StaffEntity teacher = pl == null ? null : pl.getSchoolClass().getClassTeacher();
        return teacher != null && user.username().equals(teacher.getUsername());
    }

    void requireEdit(EntityManager em, AcademicYear year, PupilEntity p) {
        if (p.isArchived()) {
            throw new org.opora.core.api.ValidationException("", "core.error.pupil.archived");
        }
        if (!canEdit(em, year, p)) {
            throw new AccessDeniedException(CorePermissions.PUPIL_EDIT);
        }
    }
}
