package org.opora.programmes.impl.internal.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.opora.core.api.ReferenceLists;
import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.core.support.WorkDirections;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.programme.Observation;
import org.opora.programmes.api.programme.PlanRow;
import org.opora.programmes.api.programme.PlanRowDraft;
import org.opora.programmes.api.programme.SupportPlanService;
import org.opora.programmes.impl.internal.config.ProgrammeLists;
import org.opora.programmes.impl.internal.config.ProgrammeRules;
import org.opora.programmes.impl.internal.model.PlanRowEntity;
import org.opora.programmes.impl.internal.model.ProgrammeEntity;
import org.opora.programmes.impl.internal.model.TaskEntity;
import org.opora.programmes.impl.internal.rules.ActivityPeriodRule;
import org.opora.programmes.impl.internal.rules.WorkDirectionRule;
import org.opora.programmes.impl.internal.support.Checks;
import org.opora.programmes.impl.internal.support.People;
import org.opora.programmes.impl.internal.support.ProgrammesDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The support plan (the seven columns of the 002 form): rows written, moved and removed by the programme's keepers
 * while its content may change, each row serving a task of the programme and lying within its period
 * ({@code ActivityPeriodRule}); marked done with the actual result by the responsible specialist or the curator
 * while the programme is carried out or reviewed. The curator's observations are {@link Observations}.
 */
@Component
public class SupportPlanServiceImpl implements SupportPlanService {

    private final ProgrammeContext ctx;
    private final Observations observations;
    private final ReferenceLists coreLists;

    @Activate
    public SupportPlanServiceImpl(@Reference ProgrammesDatabase db, @Reference People people,
            @Reference ProgrammeRules rules, @Reference ProgrammeLists lists, @Reference AuditService audit,
            @Reference ReferenceLists coreLists) {
        this.ctx = new ProgrammeContext(db, people, rules, lists, audit);
        this.coreLists = coreLists;
        this.observations = new Observations(ctx);
    }

    @Override
    public List<PlanRow> plan(long programmeId) {
        Caller who = ctx.caller();
        List<PlanRow> rows = ctx.db.read(em -> {
            ctx.requireRead(em, who, programmeId);
            return ProgrammeRecords.plan(em, programmeId);
        });
        ctx.read(ProgrammeContext.PROGRAMME, programmeId);
        return rows;
    }

    @Override
    public PlanRow addRow(long programmeId, PlanRowDraft draft) {
        Caller who = ctx.caller();
        PlanRowDraft d = checked(draft);
        StaffMember responsible = responsible(d);
        PlanRow added = ctx.db.write(em -> {
            ProgrammeEntity p = editable(em, who, programmeId);
            PlanRowEntity r = new PlanRowEntity(programmeId, ProgrammeRecords.rows(em, programmeId).size() + 1);
            write(em, p, r, d, responsible);
            em.persist(r);
            em.flush();
            return r.toRecord();
        }, ctx.audit, done -> ctx.changed(AuditAction.CREATE, ProgrammeContext.ROW, done.id(), "programme " + programmeId));
        return added;
    }

    @Override
    public PlanRow updateRow(long rowId, long version, PlanRowDraft draft) {
        Caller who = ctx.caller();
        PlanRowDraft d = checked(draft);
        StaffMember responsible = responsible(d);
        PlanRow updated = ctx.db.write(em -> {
            PlanRowEntity r = ctx.row(em, rowId);
            ProgrammeEntity p = editable(em, who, r.getProgrammeId());
            ProgrammesDatabase.expectVersion(r.getVersion(), version);
            write(em, p, r, d, responsible);
            em.flush();
            return r.toRecord();
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, ProgrammeContext.ROW, rowId, ""));
        return updated;
    }

    @Override
    public List<PlanRow> moveRow(long rowId, int position) {
        Caller who = ctx.caller();
        List<PlanRow> plan = ctx.db.write(em -> {
            PlanRowEntity r = ctx.row(em, rowId);
            editable(em, who, r.getProgrammeId());
            List<PlanRowEntity> rows = new ArrayList<>(ProgrammeRecords.rows(em, r.getProgrammeId()));
            if (position < 1 || position > rows.size()) {
                throw new ValidationException("position", "programmes.error.position", rows.size());
            }
            rows.remove(r);
            rows.add(position - 1, r);
            ProgrammeRecords.renumber(rows);
            em.flush();
            return rows.stream().map(PlanRowEntity::toRecord).toList();
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, ProgrammeContext.ROW, rowId, "position " + position));
        return plan;
    }

    @Override
    public void removeRow(long rowId) {
        Caller who = ctx.caller();
        long programmeId = ctx.db.write(em -> {
            PlanRowEntity r = ctx.row(em, rowId);
            editable(em, who, r.getProgrammeId());
            em.remove(r);
            em.flush();
            List<PlanRowEntity> rest = new ArrayList<>(ProgrammeRecords.rows(em, r.getProgrammeId()));
            rest.remove(r);
            ProgrammeRecords.renumber(rest);
            return r.getProgrammeId();
        }, ctx.audit, done -> ctx.changed(AuditAction.DELETE, ProgrammeContext.ROW, rowId, "programme " + done));
    }

    @Override
    public PlanRow markDone(long rowId, long version, LocalDate on, String actualResult, String recommendations) {
        Caller who = ctx.caller();
        FieldChecks.notFuture("doneOn", on, ctx.db.today());
        String actual = FieldChecks.required("actualResult", actualResult, Checks.LONG_TEXT);
        String advice = FieldChecks.maxLength("recommendations", recommendations, Checks.LONG_TEXT);
        PlanRow marked = ctx.db.write(em -> {
            PlanRowEntity r = ctx.row(em, rowId);
            ProgrammeEntity p = ctx.programme(em, r.getProgrammeId());
            if (!ProgrammeAccess.canMarkDone(who, p, r.getResponsibleId())) {
                throw new AccessDeniedException(ProgrammesPermissions.DRAFT);
            }
            ProgrammesDatabase.expectVersion(r.getVersion(), version);
            if (p.getState() != ProgrammeState.IN_PROGRESS && p.getState() != ProgrammeState.REVIEW) {
                throw new ValidationException("", "programmes.error.notInProgress");
            }
            Checks.notBefore("doneOn", on, r.getFrom());
            r.markDone(on, who.name(), actual, advice, ctx.db.now());
            em.flush();
            return r.toRecord();
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, ProgrammeContext.ROW, rowId, "done"));
        return marked;
    }

    @Override
    public List<Observation> observations(long programmeId) {
        return observations.of(programmeId);
    }

    @Override
    public Observation observe(long programmeId, LocalDate on, String text) {
        return observations.observe(programmeId, on, text);
    }

    /** The programme, if the caller keeps it and its content may still change. */
    private ProgrammeEntity editable(EntityManager em, Caller who, long programmeId) {
        ProgrammeEntity p = ctx.requireKeep(em, who, programmeId);
        if (!ProgrammeEditing.EDITABLE.contains(p.getState())) {
            throw new ValidationException("", "programmes.error.notEditable");
        }
        return p;
    }

    /** The row's columns: its task must be the programme's, its period within the programme's. */
    private void write(EntityManager em, ProgrammeEntity p, PlanRowEntity r, PlanRowDraft d,
            StaffMember responsible) {
        TaskEntity task = em.find(TaskEntity.class, d.taskId());
        if (task == null || task.getProgrammeId() != p.getId()) {
            throw new ValidationException("taskId", "programmes.error.taskRequired");
        }
        ctx.rules.activityPeriod().require(p.getStartDate(), p.getEndDate(),
                List.of(new ActivityPeriodRule.Activity(r.getPosition(), d.from(), d.to())));
        r.write(d.activity(), d.form(), d.taskId(), d.target(), d.participants(), d.from(), d.to(),
                d.plannedResult(), d.direction());
        r.workDirection(d.workDirection());
        if (responsible == null) {
            r.responsible(null, "");
        } else {
            r.responsible(responsible.id(), responsible.name().full());
        }
    }

    /**
     * The draft with its direction of work: the one chosen, or the one {@link WorkDirectionRule} derives; either must
     * be in the core's list as the school configured it.
     */
    private PlanRowDraft withWorkDirection(PlanRowDraft d) {
        String code = d.workDirection().isEmpty() ? WorkDirectionRule.derive(d.target(), d.direction())
                : d.workDirection();
        return new PlanRowDraft(d.activity(), d.form(), d.taskId(), d.target(), d.participants(), d.responsibleId(),
                d.from(), d.to(), d.plannedResult(), d.direction(),
                WorkDirections.check("workDirection", code, coreLists, true));
    }

    /**
     * The row's draft checked, with its direction of work: every objection of the row's dialog at once (the columns,
     * the direction of work chosen, the responsible specialist).
     */
    private PlanRowDraft checked(PlanRowDraft draft) {
        FieldChecks.present("activity", draft);
        Objections o = new Objections();
        PlanRowDraft row = o.value(() -> ProgrammeChecks.row(draft, ctx.lists, ctx.db.today()));
        if (row == null && !draft.workDirection().isEmpty()) {
            o.check(() -> WorkDirections.check("workDirection", draft.workDirection(), coreLists, true));
        }
        PlanRowDraft d = row == null ? null : o.value(() -> withWorkDirection(row));
        o.check(() -> responsible(draft));
        o.refuseAny();
        return d;
    }

    private StaffMember responsible(PlanRowDraft d) {
        return d.responsibleId() == null ? null : ctx.people.staff("responsibleId", d.responsibleId());
    }
}
