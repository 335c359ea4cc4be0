package org.opora.programmes.impl.internal.security;

import java.util.HashSet;
import java.util.Set;

import org.opora.core.api.pupil.PupilTie;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.impl.internal.support.ProgrammesDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The pupils a staff member works with through the programmes and the individual plans, as the module's own rules
 * let them read those records: the curator of a programme, the specialists responsible for its plan rows and whoever
 * drafted it; the coordinator of an individual plan and whoever drafted it. A refused programme ties no one. Holding
 * {@code programmes.read-all} or {@code programmes.coordinate}, or chairing the consilium, is not a tie: those read
 * the records by their office, not because they work with the pupil.
 */
@Component
public class ProgrammeTies implements PupilTie {

    private final ProgrammesDatabase db;

    @Activate
    public ProgrammeTies(@Reference ProgrammesDatabase db) {
        this.db = db;
    }

    @Override
    public Set<Long> pupils(long staffId, String login) {
        return db.read(em -> {
            Set<Long> pupils = new HashSet<>(em.createQuery("select distinct p.pupilId from ProgrammeEntity p"
                    + " where p.state <> :refused and (p.curatorId = :staff or p.createdBy = :login or exists"
                    + " (select r.id from PlanRowEntity r where r.programmeId = p.id and r.responsibleId = :staff))",
                    Long.class).setParameter("refused", ProgrammeState.CONSENT_REFUSED).setParameter("staff", staffId)
                    .setParameter("login", login).getResultList());
            pupils.addAll(em.createQuery("select distinct i.pupilId from IndividualPlanEntity i"
                    + " where i.coordinatorId = :staff or i.createdBy = :login", Long.class)
                    .setParameter("staff", staffId).setParameter("login", login).getResultList());
            return pupils;
        });
    }
}
