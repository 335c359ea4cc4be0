package org.opora.programmes.impl.internal.programme;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.opora.core.api.ValidationException;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.programme.MeetingRequest;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.opora.programmes.impl.internal.model.ProgrammeEntity;
import org.opora.programmes.impl.internal.model.StepEntity;
import org.opora.programmes.impl.internal.support.ProgrammesDatabase;
import org.opora.programmes.impl.internal.support.Steps;

/**
 * The curator's requests for an unplanned consilium (regulation 002: the curator initiates unplanned
 * consilium meetings when needed), kept as steps of the programme: {@value #REQUESTED} with the reason opens a
 * request, {@value #HELD} with the protocol's number and date closes it. A request is open while no
 * {@value #HELD} step follows it and the programme is approved and not finished.
 */
final class MeetingRequests {

    static final String REQUESTED = "MEETING_REQUESTED";
    static final String HELD = "MEETING_HELD";
    /** Longest reason, as a consilium's agenda note. */
    static final int REASON = 1000;

    /** The states in which a curator asks for a meeting: approved and not finished (else a request is moot). */
    private static final List<ProgrammeState> OPEN = Arrays.stream(ProgrammeState.values())
            .filter(ProgrammeState::isApprovedAndOpen).toList();

    private final ProgrammeContext ctx;

    MeetingRequests(ProgrammeContext ctx) {
        this.ctx = ctx;
    }

    Programme request(long programmeId, long version, String reason) {
        Caller who = ctx.caller();
        String why = FieldChecks.required("reason", reason, REASON);
        LocalDate today = ctx.db.today();
        return ctx.db.write(em -> {
            ProgrammeEntity p = ctx.programme(em, programmeId);
            if (!who.isSystem() && (p.getCuratorId() == null || !who.is(p.getCuratorId()))) {
                throw new AccessDeniedException(ProgrammesPermissions.DRAFT);
            }
            ProgrammesDatabase.expectVersion(p.getVersion(), version);
            if (!p.getState().isApprovedAndOpen()) {
                throw new ValidationException("", "programmes.error.meetingRequest.state");
            }
            LocalDate open = openSince(em, programmeId);
            if (open != null) {
                throw new ValidationException("reason", "programmes.error.meetingRequest.open",
                        FieldChecks.day(open));
            }
            ctx.step(em, p, Steps.of(who, REQUESTED, today, ctx.db.now(), why));
            return ProgrammeRecords.record(em, p);
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, ProgrammeContext.PROGRAMME, programmeId,
                "meeting requested"));
    }

    List<MeetingRequest> open() {
        Caller who = ctx.caller();
        if (!who.isSystem() && !who.keeper() && !who.allows(ProgrammesPermissions.READ_ALL)) {
            throw new AccessDeniedException(ProgrammesPermissions.READ_ALL);
        }
        return ctx.db.read(em -> em.createQuery("select s, p from StepEntity s, ProgrammeEntity p"
                + " where s.programmeId = p.id and s.kind = :r and p.state in :open and not exists"
                + " (select h from StepEntity h where h.programmeId = s.programmeId and h.kind = :h and h.id > s.id)"
                + " order by s.date, s.id", Object[].class)
                .setParameter("r", REQUESTED).setParameter("h", HELD).setParameter("open", OPEN)
                .getResultList().stream().map(row -> {
                    StepEntity s = (StepEntity) row[0];
                    ProgrammeEntity p = (ProgrammeEntity) row[1];
                    return new MeetingRequest(p.getId(), p.getPupilId(), p.getPupilName(), p.getClassName(),
                            s.toRecord().date(), s.toRecord().byName(), s.toRecord().note());
                }).toList());
    }

    void held(long programmeId, ProtocolCitation protocol) {
        Caller who = ctx.caller();
        if (!who.isSystem() && !who.keeper()) {
            throw new AccessDeniedException(ProgrammesPermissions.READ_ALL);
        }
        ProtocolCitation p = ProgrammeChecks.protocol("protocol", FieldChecks.present("protocol", protocol),
                ctx.db.today());
        ctx.db.run(em -> {
            ProgrammeEntity e = ctx.programme(em, programmeId);
            if (openSince(em, programmeId) != null) {
                ctx.step(em, e, Steps.fixed(who, HELD, p.date(), ctx.db.now(), "", p.number(), p.date()));
                ProgrammesDatabase.journal(em, ctx.audit, ctx.changed(AuditAction.UPDATE, ProgrammeContext.PROGRAMME,
                        programmeId, "meeting held"));
            }
        });
    }

    /** The day of the open request of the programme, or {@code null} without one. */
    private static LocalDate openSince(EntityManager em, long programmeId) {
        List<StepEntity> steps = em.createQuery("select s from StepEntity s where s.programmeId = :p"
                + " and s.kind in :k order by s.id desc", StepEntity.class).setParameter("p", programmeId)
                .setParameter("k", List.of(REQUESTED, HELD)).setMaxResults(1).getResultList();
        return steps.isEmpty() || !REQUESTED.equals(steps.get(0).toRecord().kind()) ? null
                : steps.get(0).toRecord().date();
    }
}
