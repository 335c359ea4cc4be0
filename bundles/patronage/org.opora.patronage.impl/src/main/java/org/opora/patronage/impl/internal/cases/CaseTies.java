package org.opora.patronage.impl.internal.cases;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.opora.core.api.pupil.PupilTie;
import org.opora.patronage.impl.internal.model.AssignmentEntity;
import org.opora.patronage.impl.internal.model.CuratorEntity;
import org.opora.patronage.impl.internal.model.TeamMemberEntity;
import org.opora.patronage.impl.internal.support.PatronageDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The pupils a staff member works with through patronage, as {@link CaseAccess} lets them read the case: a curator
 * who still has the case, a member of its micro-team serving or coming, a specialist assigned to it. The coordinator
 * and the holders of {@code patronage.read-all} read cases by their office, which is not a tie.
 */
@Component
public class CaseTies implements PupilTie {

    private final PatronageDatabase db;

    @Activate
    public CaseTies(@Reference PatronageDatabase db) {
        this.db = db;
    }

    @Override
    public Set<Long> pupils(long staffId, String login) {
        LocalDate today = db.today();
        return db.read(em -> {
            Set<Long> cases = new HashSet<>();
            em.createQuery("select c from CuratorEntity c where c.staffId = :s", CuratorEntity.class)
                    .setParameter("s", staffId).getResultList().stream().filter(c -> c.hasCase(today))
                    .forEach(c -> cases.add(c.getCaseId()));
            em.createQuery("select m from TeamMemberEntity m where m.staffId = :s", TeamMemberEntity.class)
                    .setParameter("s", staffId).getResultList().stream().filter(m -> m.servingOrComing(today))
                    .forEach(m -> cases.add(m.getCaseId()));
            em.createQuery("select a from AssignmentEntity a where a.staffId = :s", AssignmentEntity.class)
                    .setParameter("s", staffId).getResultList().forEach(a -> cases.add(a.getCaseId()));
            if (cases.isEmpty()) {
                return Set.of();
            }
            List<Long> pupils = em.createQuery("select distinct c.pupilId from CaseEntity c where c.id in :ids",
                    Long.class).setParameter("ids", cases).getResultList();
            return Set.copyOf(pupils);
        });
    }
}
