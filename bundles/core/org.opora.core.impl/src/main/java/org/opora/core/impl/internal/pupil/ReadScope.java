package org.opora.core.impl.internal.pupil;

import java.util.Set;

import jakarta.persistence.EntityManager;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.CorePermissions;
import org.opora.core.impl.internal.config.CoreRules;
import org.opora.core.impl.internal.support.Guard;
import org.opora.platform.api.security.OporaUser;

/**
 * Which pupils the caller reads: every pupil (core.pupil.read-all, the system, or core.pupil.read where the school's
 * setting lets teachers read the whole school), or those placed this year in the classes the caller leads as class
 * teacher or teaches in (core.pupil.read). Pupils who left are read school-wide only.
 *
 * @param classIds the classes whose pupils the caller reads; {@code null} for every pupil
 */
record ReadScope(Set<Long> classIds) {

    static final ReadScope ALL = new ReadScope(null);

    /** @throws org.opora.platform.api.security.AccessDeniedException without either permission */
    static ReadScope of(EntityManager em, Guard guard, CoreRules rules, AcademicYear year) {
        if (guard.allows(CorePermissions.PUPIL_READ_ALL)) {
            return ALL;
        }
        guard.require(CorePermissions.PUPIL_READ);
        if (rules.teachersReadAllPupils()) {
            return ALL;
        }
        OporaUser user = guard.user().orElse(null);
        if (user == null) {
            return ALL;
        }
        Long me = em.createQuery("select s.id from StaffEntity s where s.username = :u", Long.class)
                .setParameter("u", user.username()).getResultStream().findFirst().orElse(null);
        return new ReadScope(me == null ? Set.of() : ClassServiceImpl.workedIn(em, me, year));
    }

    boolean all() {
        return classIds == null;
    }

    /** Whether the caller reads a pupil placed this year in the class ({@code null}: not placed, or left). */
    boolean covers(Long classId) {
        return all() || classId != null && classIds.contains(classId);
    }
}
