package org.opora.patronage.impl.internal.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.opora.core.api.ReferenceLists;
import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.core.support.RecordWriter;
import org.opora.core.support.WorkDirections;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.work.OverdueWork;
import org.opora.patronage.api.work.WorkItem;
import org.opora.patronage.api.work.WorkItemDraft;
import org.opora.patronage.api.work.WorkPlanService;
import org.opora.patronage.impl.internal.cases.CaseGate;
import org.opora.patronage.impl.internal.model.CaseEntity;
import org.opora.patronage.impl.internal.model.CuratorEntity;
import org.opora.patronage.impl.internal.model.WorkItemEntity;
import org.opora.patronage.impl.internal.rules.WorkPeriodRule;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The curator's work plan (003 section 3.3): kept by the curators and the coordinator, rows marked done with the result. */
@Component(service = WorkPlanService.class)
public class WorkPlanServiceImpl implements WorkPlanService {

    static final String RECORD = "patronage.work";
    static final int TEXT = 2000;
    static final int FORM = 400;

    private final CaseGate gate;
    private final RecordWriter<WorkItemEntity> items;
    private final ReferenceLists lists;

    @Activate
    public WorkPlanServiceImpl(@Reference CaseGate gate, @Reference ReferenceLists lists) {
        this.gate = gate;
        this.lists = lists;
        this.items = new RecordWriter<>(gate.db(), gate.audit(), WorkItemEntity.class, RECORD);
    }

    @Override
    public List<WorkItem> plan(long caseId) {
        Caller who = gate.caller();
        LocalDate today = gate.db().today();
        List<WorkItem> plan = gate.db().read(em -> {
            gate.requireRead(em, who, caseId);
            return rows(em, caseId).stream().map(w -> w.toRecord(today)).toList();
        });
        gate.read(caseId);
        return plan;
    }

    @Override
    public WorkItem add(long caseId, WorkItemDraft draft) {
        Caller who = gate.caller(PatronagePermissions.WORK);
        Checked c = check(draft);
        LocalDate today = gate.db().today();
        return items.create(em -> {
            CaseEntity pc = gate.requirePlan(em, who, caseId);
            pc.requireOpen();
            LocalDate to = WorkPeriodRule.check(pc.getOpenedOn(), draft.from(), draft.to());
            int position = rows(em, caseId).size() + 1;
            WorkItemEntity w = new WorkItemEntity(caseId, position, who.login(), gate.db().now());
            w.plan(c.activity(), c.form(), draft.from(), to, c.responsible().id(), c.responsible().name().full(),
                    draft.help(), c.direction(), c.planned());
            return w;
        }, w -> w.toRecord(today));
    }

    @Override
    public WorkItem update(long itemId, long version, WorkItemDraft draft) {
        Caller who = gate.caller(PatronagePermissions.WORK);
        Checked c = check(draft);
        LocalDate today = gate.db().today();
        return items.update(itemId, version, (em, w) -> {
            CaseEntity pc = gate.requirePlan(em, who, w.getCaseId());
            pc.requireOpen();
            if (w.getDoneOn() != null) {
                throw new ValidationException("", "patronage.error.rowDone");
            }
            LocalDate to = WorkPeriodRule.check(pc.getOpenedOn(), draft.from(), draft.to());
            w.plan(c.activity(), c.form(), draft.from(), to, c.responsible().id(), c.responsible().name().full(),
                    draft.help(), c.direction(), c.planned());
        }, w -> w.toRecord(today));
    }

    @Override
    public WorkItem markDone(long itemId, long version, LocalDate on, String actualResult) {
        Caller who = gate.caller(PatronagePermissions.WORK);
        LocalDate today = gate.db().today();
        FieldChecks.notFuture("doneOn", on, today);
        String result = FieldChecks.required("actualResult", actualResult, TEXT);
        return items.update(itemId, version, (em, w) -> {
            CaseEntity pc = gate.find(em, w.getCaseId());
            if (!who.is(w.getResponsibleId()) && !gate.access(em, who, pc).canPlan()) {
                throw gate.refused(pc.getId(), "done", PatronagePermissions.WORK);
            }
            pc.requireOpen();
            if (w.getDoneOn() != null) {
                throw new ValidationException("", "patronage.error.rowDone");
            }
            if (on.isBefore(pc.getOpenedOn())) {
                throw new ValidationException("doneOn", "patronage.rule.beforeOpening",
                        FieldChecks.day(pc.getOpenedOn()));
            }
            w.done(on, result);
        }, w -> w.toRecord(today), r -> "done");
    }

    @Override
    public void remove(long itemId, long version) {
        Caller who = gate.caller(PatronagePermissions.WORK);
        long caseId = gate.db().write(em -> {
            WorkItemEntity w = items.current(em, itemId, version);
            CaseEntity pc = gate.requirePlan(em, who, w.getCaseId());
            pc.requireOpen();
            if (w.getDoneOn() != null) {
                throw new ValidationException("", "patronage.error.rowDone");
            }
            em.remove(w);
            int position = 1;
            for (WorkItemEntity other : rows(em, pc.getId())) {
                if (other.getId() != itemId) {
                    other.setPosition(position++);
                }
            }
            return pc.getId();
        }, gate.audit(), done -> new AuditEvent(AuditAction.DELETE, RECORD, String.valueOf(itemId), "case " + done));
    }

    @Override
    public List<OverdueWork> overdueFor(String username) {
        LocalDate today = gate.db().today();
        return gate.people().staffIdOf(username).map(staffId -> gate.db().read(em -> {
            Set<Long> curated = curated(em, staffId, today);
            List<OverdueWork> due = new ArrayList<>();
            for (Object[] row : em.createQuery("select w, c.pupilName from WorkItemEntity w, CaseEntity c"
                    + " where w.caseId = c.id and c.closedOn is null and w.doneOn is null and w.to < :today"
                    + " order by w.to, w.id", Object[].class).setParameter("today", today).getResultList()) {
                WorkItemEntity w = (WorkItemEntity) row[0];
                if (w.getResponsibleId() == staffId || curated.contains(w.getCaseId())) {
                    due.add(new OverdueWork((String) row[1], w.toRecord(today)));
                }
            }
            return due;
        })).orElse(List.<OverdueWork>of());
    }

    /** The open cases the staff member curates on the day. */
    static Set<Long> curated(EntityManager em, long staffId, LocalDate day) {
        return em.createQuery("select k from CuratorEntity k where k.staffId = :s", CuratorEntity.class)
                .setParameter("s", staffId).getResultList().stream().filter(k -> k.activeOn(day))
                .map(CuratorEntity::getCaseId).collect(Collectors.toSet());
    }

    private record Checked(String activity, String form, StaffMember responsible, String direction, String planned) {
    }

    /** A row of the work plan checked, every objection at once, in the order of the row's dialog. */
    private Checked check(WorkItemDraft d) {
        FieldChecks.present("activity", d);
        LocalDate today = gate.db().today();
        Objections o = new Objections();
        String activity = o.value(() -> FieldChecks.required("activity", d.activity(), TEXT));
        String form = o.value(() -> FieldChecks.required("form", d.form(), FORM));
        o.check(() -> FieldChecks.schoolYears("from", d.from(), today));
        if (d.to() != null) {
            o.check(() -> FieldChecks.plausible("to", d.to(), today));
        }
        StaffMember responsible = o.value(() -> gate.people().staff("responsibleId",
                FieldChecks.present("responsibleId", d.responsibleId())));
        o.check(() -> FieldChecks.present("help", d.help()));
        // the direction proposed by the kind of help; with neither, the missing kind of help is the objection
        String direction = d.direction().isEmpty() && d.help() == null ? ""
                : o.value(() -> WorkDirections.check("direction",
                        d.direction().isEmpty() ? d.help().defaultDirection() : d.direction(), lists, true));
        String planned = o.value(() -> FieldChecks.required("plannedResult", d.plannedResult(), TEXT));
        o.refuseAny();
        return new Checked(activity, form, responsible, direction, planned);
    }

    private static List<WorkItemEntity> rows(EntityManager em, long caseId) {
        return em.createQuery("select w from WorkItemEntity w where w.caseId = :c order by w.position, w.id",
                WorkItemEntity.class).setParameter("c", caseId).getResultList();
    }
}
