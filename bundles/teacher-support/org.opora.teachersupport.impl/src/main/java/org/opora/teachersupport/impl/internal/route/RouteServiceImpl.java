package org.opora.teachersupport.impl.internal.route;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.opora.core.api.ValidationException;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.core.support.RecordWriter;
import org.opora.teachersupport.api.TeacherSupportPermissions;
import org.opora.teachersupport.api.record.SupportStatus;
import org.opora.teachersupport.api.route.Checkpoint;
import org.opora.teachersupport.api.route.CheckpointDraft;
import org.opora.teachersupport.api.route.CheckpointDue;
import org.opora.teachersupport.api.route.CheckpointResult;
import org.opora.teachersupport.api.route.CheckpointState;
import org.opora.teachersupport.api.route.Route;
import org.opora.teachersupport.api.route.RouteDraft;
import org.opora.teachersupport.api.route.RouteService;
import org.opora.teachersupport.impl.internal.config.SupportList;
import org.opora.teachersupport.impl.internal.model.CheckpointEntity;
import org.opora.teachersupport.impl.internal.model.SupportRecordEntity;
import org.opora.teachersupport.impl.internal.record.RecordGate;
import org.opora.teachersupport.impl.internal.rules.CheckpointDueRule;
import org.opora.teachersupport.impl.internal.rules.DayRule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The routes of the support records and their checkpoints (regulation 004, 3.1 and 3.2). */
@Component(service = RouteService.class)
public class RouteServiceImpl implements RouteService {

    /** The record type of a checkpoint in the journal. */
    public static final String CHECKPOINT = "teachersupport.checkpoint";
    static final int BASIS = 4000;
    static final int DESCRIPTION = 2000;
    static final int RESULT = 4000;
    static final int EVIDENCE = 2000;

    private final RecordGate gate;
    private final RecordWriter<SupportRecordEntity> records;
    private final RecordWriter<CheckpointEntity> checkpoints;

    @Activate
    public RouteServiceImpl(@Reference RecordGate gate) {
        this.gate = gate;
        this.records = new RecordWriter<>(gate.db(), gate.audit(), SupportRecordEntity.class, RecordGate.RECORD);
        this.checkpoints = new RecordWriter<>(gate.db(), gate.audit(), CheckpointEntity.class, CHECKPOINT);
    }

    @Override
    public Optional<Route> route(long recordId) {
        Caller who = gate.caller();
        Optional<Route> found = gate.db().read(em -> routeOf(gate.requireRead(em, who, recordId)));
        gate.read(recordId);
        return found;
    }

    /** The record's route, or empty before it is drawn up. */
    public static Optional<Route> routeOf(SupportRecordEntity r) {
        return r.hasRoute() ? Optional.of(new Route(r.getId(), r.getRouteFocus(), r.getRoutePlace(),
                r.getRouteBasis(), r.getRouteFrom(), r.getRouteTo(), r.getVersion())) : Optional.empty();
    }

    @Override
    public Route saveRoute(long recordId, long version, RouteDraft draft) {
        Caller who = gate.caller();
        FieldChecks.present("focus", draft);
        LocalDate today = gate.db().today();
        return records.update(recordId, version, (em, r) -> {
            gate.requireWork(em, who, recordId).requireNotConcluded();
            // who may not work on the record learns nothing of its rules; then every objection at once
            Objections o = new Objections();
            o.check(() -> FieldChecks.present("focus", draft.focus()));
            o.check(() -> FieldChecks.present("place", draft.place()));
            String basis = o.value(() -> FieldChecks.required("basis", draft.basis(), BASIS));
            o.check(() -> DayRule.route(draft.from(), draft.to(), r.getDecidedOn(), today));
            o.refuseAny();
            RouteDraft d = new RouteDraft(draft.focus(), draft.place(), basis, draft.from(), draft.to());
            for (CheckpointEntity c : checkpointsOf(em, recordId)) {
                if (c.getDue().isBefore(d.from()) || c.getDue().isAfter(d.to())) {
                    throw new ValidationException("to", "teachersupport.rule.checkpointOutside",
                            FieldChecks.day(c.getDue()));
                }
            }
            r.route(d);
            r.worked();
        }, r -> routeOf(r).orElseThrow(), r -> "route");
    }

    @Override
    public List<Checkpoint> checkpoints(long recordId) {
        Caller who = gate.caller();
        List<Checkpoint> found = gate.db().read(em -> {
            gate.requireRead(em, who, recordId);
            return checkpointsOf(em, recordId).stream().map(this::toRecord).toList();
        });
        gate.read(recordId);
        return found;
    }

    /** The record's checkpoints by due date. */
    public static List<CheckpointEntity> checkpointsOf(EntityManager em, long recordId) {
        return em.createQuery("select c from CheckpointEntity c where c.recordId = :r order by c.due, c.id",
                CheckpointEntity.class).setParameter("r", recordId).getResultList();
    }

    @Override
    public Checkpoint addCheckpoint(long recordId, CheckpointDraft draft) {
        Caller who = gate.caller();
        CheckpointDraft d = check(draft);
        return checkpoints.create(em -> {
            SupportRecordEntity r = gate.requireWork(em, who, recordId).requireNotConcluded();
            requireWithinRoute(r, d);
            r.worked();
            CheckpointEntity c = new CheckpointEntity(recordId, who.login(), gate.db().now());
            c.apply(d);
            return c;
        }, this::toRecord);
    }

    @Override
    public Checkpoint updateCheckpoint(long checkpointId, long version, CheckpointDraft draft) {
        Caller who = gate.caller();
        CheckpointDraft d = check(draft);
        return checkpoints.update(checkpointId, version, (em, c) -> {
            SupportRecordEntity r = gate.requireWork(em, who, c.getRecordId()).requireNotConcluded();
            if (c.getDoneOn() != null) {
                throw new ValidationException("", "teachersupport.error.checkpointDone");
            }
            requireWithinRoute(r, d);
            c.apply(d);
        }, this::toRecord);
    }

    @Override
    public Checkpoint recordResult(long checkpointId, long version, CheckpointResult result) {
        Caller who = gate.caller();
        FieldChecks.notFuture("doneOn", result.doneOn(), gate.db().today());
        CheckpointResult r = new CheckpointResult(result.doneOn(),
                FieldChecks.required("result", result.result(), RESULT),
                FieldChecks.maxLength("evidence", result.evidence(), EVIDENCE));
        return checkpoints.update(checkpointId, version, (em, c) -> {
            SupportRecordEntity record = gate.requireWork(em, who, c.getRecordId()).requireNotConcluded();
            DayRule.notBeforeDecision("doneOn", r.doneOn(), record.getDecidedOn());
            c.result(r);
        }, this::toRecord, c -> "result");
    }

    @Override
    public List<CheckpointDue> dueFor(String username) {
        Caller who = gate.people().who();
        boolean self = who.isSystem() || who.login().equals(username);
        if (!who.allows(TeacherSupportPermissions.ACCESS) || !self && !who.allows(TeacherSupportPermissions.READ_ALL)) {
            return List.of();
        }
        Optional<Long> staffId = gate.people().staffIdOf(username);
        if (staffId.isEmpty()) {
            return List.of();
        }
        CheckpointDueRule rule = gate.rules().checkpointDue();
        LocalDate today = gate.db().today();
        return gate.db().read(em -> {
            Map<Long, SupportRecordEntity> led = em.createQuery("select r from SupportRecordEntity r"
                    + " where r.leadId = :s and r.status <> :concluded", SupportRecordEntity.class)
                    .setParameter("s", staffId.get()).setParameter("concluded", SupportStatus.CONCLUDED)
                    .getResultList().stream().collect(Collectors.toMap(SupportRecordEntity::getId,
                            Function.identity()));
            if (led.isEmpty()) {
                return List.<CheckpointDue>of();
            }
            return em.createQuery("select c from CheckpointEntity c where c.recordId in :ids and c.doneOn is null",
                    CheckpointEntity.class).setParameter("ids", led.keySet()).getResultList().stream()
                    .map(c -> c.toRecord(rule.state(c.getDue(), c.getDoneOn(), today)))
                    .filter(c -> CheckpointDueRule.duty(c.state()))
                    .sorted(Comparator.comparing((Checkpoint c) -> c.state() != CheckpointState.OVERDUE)
                            .thenComparing(Checkpoint::due))
                    .map(c -> new CheckpointDue(c, led.get(c.recordId()).getTeacherName())).toList();
        });
    }

    /** A checkpoint checked, every objection at once. */
    private CheckpointDraft check(CheckpointDraft d) {
        FieldChecks.present("kind", d);
        Objections o = new Objections();
        o.check(() -> gate.rules().requireKnown(SupportList.CHECKPOINT_KINDS, "kind", d.kind()));
        String description = o.value(() -> FieldChecks.required("description", d.description(), DESCRIPTION));
        o.check(() -> FieldChecks.present("due", d.due()));
        o.refuseAny();
        return new CheckpointDraft(d.kind(), description, d.due());
    }

    private static void requireWithinRoute(SupportRecordEntity r, CheckpointDraft d) {
        if (!r.hasRoute()) {
            throw new ValidationException("", "teachersupport.error.noRoute");
        }
        DayRule.dueWithinRoute(d.due(), r.getRouteFrom(), r.getRouteTo());
    }

    /** The checkpoint with its state today. */
    public Checkpoint toRecord(CheckpointEntity c) {
        return c.toRecord(gate.rules().checkpointDue().state(c.getDue(), c.getDoneOn(), gate.db().today()));
    }
}
