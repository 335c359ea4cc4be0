package org.opora.patronage.impl.internal.team;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.core.support.RecordWriter;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.team.Assignment;
import org.opora.patronage.api.team.AssignmentDraft;
import org.opora.patronage.api.team.TeamMember;
import org.opora.patronage.api.team.TeamService;
import org.opora.patronage.impl.internal.cases.CaseGate;
import org.opora.patronage.impl.internal.config.PatronageRules;
import org.opora.patronage.impl.internal.model.AssignmentEntity;
import org.opora.patronage.impl.internal.model.CaseEntity;
import org.opora.patronage.impl.internal.model.TeamMemberEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The micro-team and the specialists involved (003 sections 2.2, 3.2, 3.3): formed by the coordinator and the case's
 * curators; the outcome of a request is recorded by the specialist asked or by them.
 */
@Component(service = TeamService.class)
public class TeamServiceImpl implements TeamService {

    static final String MEMBER = "patronage.member";
    static final String ASSIGNMENT = "patronage.assignment";
    static final int ROLE = 200;
    static final int EXTERNAL = 400;
    static final int REQUEST = 2000;
    static final int OUTCOME = 4000;

    private final CaseGate gate;
    private final PatronageRules rules;
    private final RecordWriter<TeamMemberEntity> members;
    private final RecordWriter<AssignmentEntity> assignments;

    @Activate
    public TeamServiceImpl(@Reference CaseGate gate, @Reference PatronageRules rules) {
        this.gate = gate;
        this.rules = rules;
        this.members = new RecordWriter<>(gate.db(), gate.audit(), TeamMemberEntity.class, MEMBER);
        this.assignments = new RecordWriter<>(gate.db(), gate.audit(), AssignmentEntity.class, ASSIGNMENT);
    }

    @Override
    public List<TeamMember> members(long caseId) {
        Caller who = gate.caller();
        LocalDate today = gate.db().today();
        List<TeamMember> all = gate.db().read(em -> {
            gate.requireRead(em, who, caseId);
            return em.createQuery("select m from TeamMemberEntity m where m.caseId = :c order by m.from",
                    TeamMemberEntity.class).setParameter("c", caseId).getResultList().stream()
                    .sorted(Comparator.comparing((TeamMemberEntity m) -> !m.servingOrComing(today)))
                    .map(TeamMemberEntity::toRecord).toList();
        });
        gate.read(caseId);
        return all;
    }

    @Override
    public TeamMember addMember(long caseId, long staffId, String role, LocalDate from) {
        Caller who = gate.caller(PatronagePermissions.WORK);
        // every objection of the dialog at once: the staff member, the role, the first day
        Objections o = new Objections();
        StaffMember s = o.value(() -> gate.people().staff("staffId", staffId));
        String what = o.value(() -> FieldChecks.maxLength("role", role, ROLE));
        o.check(() -> FieldChecks.plausible("from", from, gate.db().today()));
        o.refuseAny();
        return members.create(em -> {
            CaseEntity pc = gate.requirePlan(em, who, caseId);
            pc.requireOpen();
            if (from.isBefore(pc.getOpenedOn())) {
                throw new ValidationException("from", "patronage.rule.beforeOpening",
                        FieldChecks.day(pc.getOpenedOn()));
            }
            boolean serving = em.createQuery("select m from TeamMemberEntity m where m.caseId = :c and m.staffId = :s",
                    TeamMemberEntity.class).setParameter("c", caseId).setParameter("s", s.id()).getResultList()
                    .stream().anyMatch(m -> m.servingOrComing(from));
            if (serving) {
                throw new ValidationException("staffId", "patronage.error.memberServing");
            }
            return new TeamMemberEntity(caseId, s.id(), s.name().full(), what, from, who.login(), gate.db().now());
        }, TeamMemberEntity::toRecord);
    }

    @Override
    public TeamMember endMember(long memberId, long version, LocalDate on) {
        Caller who = gate.caller(PatronagePermissions.WORK);
        FieldChecks.plausible("to", on, gate.db().today());
        return members.update(memberId, version, (em, m) -> {
            gate.requirePlan(em, who, m.getCaseId()).requireOpen();
            if (m.getTo() != null && !m.getTo().isAfter(on) || on.isBefore(m.getFrom())) {
                throw new ValidationException("to", "patronage.error.releaseDay", FieldChecks.day(m.getFrom()));
            }
            m.end(on);
        }, TeamMemberEntity::toRecord, r -> "ended");
    }

    @Override
    public List<Assignment> assignments(long caseId) {
        Caller who = gate.caller();
        List<Assignment> all = gate.db().read(em -> {
            gate.requireRead(em, who, caseId);
            return em.createQuery("select a from AssignmentEntity a where a.caseId = :c"
                    + " order by a.requestedOn desc, a.id desc", AssignmentEntity.class).setParameter("c", caseId)
                    .getResultList().stream().map(AssignmentEntity::toRecord).toList();
        });
        gate.read(caseId);
        return all;
    }

    @Override
    public Assignment assign(long caseId, AssignmentDraft draft) {
        Caller who = gate.caller(PatronagePermissions.WORK);
        String type = draft.specialistType();
        // every objection of the request at once: the specialist's type, who, the request, the day
        Objections o = new Objections();
        o.check(() -> {
            if (type.isEmpty()) {
                throw new ValidationException("specialistType", "core.error.required");
            }
            if (!rules.specialistTypes().contains(type)) {
                throw new ValidationException("specialistType", "patronage.rule.specialistType");
            }
        });
        Long staffId = draft.staffId();
        String specialist = staffId != null ? o.value(() -> gate.people().staff("staffId", staffId).name().full())
                : o.value(() -> FieldChecks.required("external", draft.external(), EXTERNAL));
        String request = o.value(() -> FieldChecks.required("request", draft.request(), REQUEST));
        LocalDate on = o.value(() -> FieldChecks.notFuture("requestedOn", draft.requestedOn(), gate.db().today()));
        o.refuseAny();
        return assignments.create(em -> {
            CaseEntity pc = gate.requirePlan(em, who, caseId);
            pc.requireOpen();
            if (on.isBefore(pc.getOpenedOn())) {
                throw new ValidationException("requestedOn", "patronage.rule.beforeOpening",
                        FieldChecks.day(pc.getOpenedOn()));
            }
            return new AssignmentEntity(caseId, type, staffId, specialist, request, on, who.login(), gate.db().now());
        }, AssignmentEntity::toRecord);
    }

    @Override
    public Assignment recordOutcome(long assignmentId, long version, String outcome, LocalDate on) {
        Caller who = gate.caller(PatronagePermissions.WORK);
        return assignments.update(assignmentId, version, (em, a) -> {
            CaseEntity pc = gate.find(em, a.getCaseId());
            boolean asked = who.is(a.getStaffId());
            if (!asked && !gate.access(em, who, pc).canPlan()) {
                throw gate.refused(pc.getId(), "outcome", PatronagePermissions.WORK);
            }
            pc.requireOpen();
            a.outcome(outcome(outcome, on, a.getRequestedOn()), on);
        }, AssignmentEntity::toRecord, r -> "outcome");
    }

    /**
     * The outcome's text, refused with every objection of the dialog at once: the text, and the day not in the
     * future, not more than {@value FieldChecks#RECORD_YEARS} years back and not before the request.
     */
    private String outcome(String outcome, LocalDate on, LocalDate requestedOn) {
        Objections o = new Objections();
        String text = o.value(() -> FieldChecks.required("outcome", outcome, OUTCOME));
        o.check(() -> {
            if (FieldChecks.notFuture("outcomeOn", on, gate.db().today()).isBefore(requestedOn)) {
                throw new ValidationException("outcomeOn", "patronage.rule.outcomeBeforeRequest",
                        FieldChecks.day(requestedOn));
            }
        });
        o.refuseAny();
        return text;
    }
}
