package org.opora.programmes.impl.internal.programme;

import java.time.LocalDate;
import java.util.List;

import org.opora.core.api.ValidationException;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.programme.Observation;
import org.opora.programmes.impl.internal.model.ObservationEntity;
import org.opora.programmes.impl.internal.model.ProgrammeEntity;
import org.opora.programmes.impl.internal.support.Checks;

/**
 * The curator's observations of the pupil's state (regulation 002: the curator follows the changes in the pupil's
 * state and the programme's effectiveness): read by whoever reads the programme, written by its curator while the
 * revision is not finished.
 */
final class Observations {

    static final String OBSERVATION = "programmes.observation";

    private final ProgrammeContext ctx;

    Observations(ProgrammeContext ctx) {
        this.ctx = ctx;
    }

    List<Observation> of(long programmeId) {
        Caller who = ctx.caller();
        List<Observation> found = ctx.db.read(em -> {
            ctx.requireRead(em, who, programmeId);
            return em.createQuery("select o from ObservationEntity o where o.programmeId = :p"
                    + " order by o.date, o.id", ObservationEntity.class).setParameter("p", programmeId)
                    .getResultList().stream().map(ObservationEntity::toRecord).toList();
        });
        ctx.read(ProgrammeContext.PROGRAMME, programmeId);
        return found;
    }

    /** Longest observation. */
    static final int TEXT = Checks.LONG_TEXT;

    /**
     * The curator's observation, written under the caller's name: every objection at once — the day not after today,
     * not more than 50 years back and not before the pupil's birth; the text required.
     */
    Observation observe(long programmeId, LocalDate on, String text) {
        Caller who = ctx.caller();
        LocalDate today = ctx.db.today();
        Observation written = ctx.db.write(em -> {
            ProgrammeEntity p = ctx.programme(em, programmeId);
            if (!ProgrammeAccess.canObserve(who, p)) {
                throw new AccessDeniedException(ProgrammesPermissions.DRAFT);
            }
            if (p.getState().isFinal()) {
                throw new ValidationException("", "programmes.error.finished");
            }
            Objections o = new Objections();
            o.check(() -> {
                FieldChecks.notFuture("date", on, today);
                FieldChecks.sinceBirth("date", on, p.snapshot().birthDate(), today);
            });
            String body = o.value(() -> FieldChecks.required("text", text, TEXT));
            o.refuseAny();
            ObservationEntity x = new ObservationEntity(programmeId, on, body, who.login(), who.name(),
                    ctx.db.now());
            em.persist(x);
            em.flush();
            return x.toRecord();
        }, ctx.audit, done -> ctx.changed(AuditAction.CREATE, OBSERVATION, done.id(), "programme " + programmeId));
        return written;
    }
}
