package org.opora.teachersupport.impl.internal.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.ModuleDatabase;
import org.opora.core.support.Objections;
import org.opora.core.support.RecordWriter;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.teachersupport.api.TeacherSupportPermissions;
import org.opora.teachersupport.api.record.Participant;
import org.opora.teachersupport.api.record.Problem;
import org.opora.teachersupport.api.record.ProblemDraft;
import org.opora.teachersupport.api.record.SupportDraft;
import org.opora.teachersupport.api.record.SupportQuery;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.api.record.SupportService;
import org.opora.teachersupport.api.record.SupportStatus;
import org.opora.teachersupport.api.record.SupportSummary;
import org.opora.teachersupport.impl.internal.config.SupportList;
import org.opora.teachersupport.impl.internal.model.DiagnosisEntity;
import org.opora.teachersupport.impl.internal.model.ProblemEntity;
import org.opora.teachersupport.impl.internal.model.SupportRecordEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The support records (regulation 004, 5.1); see {@link SupportService} and {@link RecordAccess} for who may do what. */
@Component(service = SupportService.class)
public class SupportServiceImpl implements SupportService {

    /** The record type of a problem in the journal. */
    public static final String PROBLEM = "teachersupport.problem";
    static final int NOTE = 4000;
    static final int DESCRIPTION = 2000;

    private final RecordGate gate;
    private final RecordWriter<SupportRecordEntity> records;
    private final RecordWriter<ProblemEntity> problems;

    @Activate
    public SupportServiceImpl(@Reference RecordGate gate) {
        this.gate = gate;
        this.records = new RecordWriter<>(gate.db(), gate.audit(), SupportRecordEntity.class, RecordGate.RECORD);
        this.problems = new RecordWriter<>(gate.db(), gate.audit(), ProblemEntity.class, PROBLEM);
    }

    @Override
    public List<SupportSummary> find(SupportQuery query, int offset, int limit) {
        return visible(gate.caller(), query).stream().skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList();
    }

    @Override
    public int count(SupportQuery query) {
        return visible(gate.caller(), query).size();
    }

    private List<SupportSummary> visible(Caller who, SupportQuery query) {
        return gate.db().read(em -> {
            List<SupportRecordEntity> found = em.createQuery("select r from SupportRecordEntity r"
                    + " where lower(r.teacherName) like :text order by r.decidedOn desc, r.id desc",
                    SupportRecordEntity.class)
                    .setParameter("text", "%" + query.text().toLowerCase(Locale.ROOT) + "%").getResultList();
            Map<Long, Long> counts = problemCounts(em);
            List<SupportSummary> result = new ArrayList<>();
            for (SupportRecordEntity r : found) {
                RecordAccess a = gate.access(who, r);
                boolean status = query.status() == null || query.status() == r.getStatus();
                if (status && a.canRead() && (!query.mine() || a.worksOn())) {
                    result.add(summary(r, counts.getOrDefault(r.getId(), 0L)));
                }
            }
            return result;
        });
    }

    @Override
    public List<SupportSummary> ofTeacher(long teacherId) {
        Caller who = gate.caller();
        return gate.db().read(em -> {
            Map<Long, Long> counts = problemCounts(em);
            return em.createQuery("select r from SupportRecordEntity r where r.teacherId = :t"
                    + " order by r.decidedOn desc, r.id desc", SupportRecordEntity.class).setParameter("t", teacherId)
                    .getResultList().stream().filter(r -> gate.access(who, r).canRead())
                    .map(r -> summary(r, counts.getOrDefault(r.getId(), 0L))).toList();
        });
    }

    @Override
    public SupportRecord get(long recordId) {
        Caller who = gate.caller();
        SupportRecord r = gate.db().read(em -> record(em, who, gate.requireRead(em, who, recordId)));
        gate.read(recordId);
        return r;
    }

    @Override
    public boolean canRead(long recordId) {
        Caller who = gate.people().who();
        if (!who.allows(TeacherSupportPermissions.ACCESS)) {
            return false;
        }
        return gate.db().read(em -> {
            SupportRecordEntity r = em.find(SupportRecordEntity.class, recordId);
            return r != null && gate.access(who, r).canRead();
        });
    }

    @Override
    public SupportRecord open(SupportDraft draft) {
        return open(draft, List.of());
    }

    @Override
    public SupportRecord open(SupportDraft draft, List<ProblemDraft> problems) {
        Caller who = gate.caller(TeacherSupportPermissions.MANAGE);
        FieldChecks.present("problems", problems);
        Objections o = new Objections();
        Checked c = o.value(() -> check(draft));
        List<ProblemDraft> checked = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            ProblemDraft p = problems.get(i);
            String field = "problems." + i + ".";
            checked.add(o.value(() -> checkProblem(p, field)));
        }
        o.refuseAny();
        long id = gate.db().write(em -> {
            requireNoOpenRecord(em, c.teacher().id());
            SupportRecordEntity r = new SupportRecordEntity(c.teacher().id(), who.name(), who.login(),
                    gate.db().now());
            c.describe(r);
            em.persist(r);
            em.flush();
            int position = 1;
            for (ProblemDraft d : checked) {
                ProblemEntity p = new ProblemEntity(r.getId(), position++, who.login(), gate.db().now());
                p.describe(d.difficultyType(), d.description());
                em.persist(p);
                em.flush();
                ModuleDatabase.journal(em, gate.audit(), new AuditEvent(AuditAction.CREATE, PROBLEM,
                        String.valueOf(p.getId()), ""));
            }
            return r.getId();
        }, gate.audit(), done -> new AuditEvent(AuditAction.CREATE, RecordGate.RECORD, String.valueOf(done), ""));
        return reread(who, id);
    }

    @Override
    public SupportRecord update(long recordId, long version, SupportDraft draft) {
        Caller who = gate.caller();
        SupportRecordEntity current = gate.db().read(em -> gate.requireKeep(em, who, recordId));
        current.requireNotConcluded();
        if (current.getTeacherId() != draft.teacherId()) {
            throw new ValidationException("teacherId", "teachersupport.error.teacherFixed");
        }
        Checked c = check(draft);
        LocalDate firstWork = gate.db().read(em -> firstWork(em, recordId));
        if (firstWork != null && firstWork.isBefore(c.decidedOn())) {
            throw new ValidationException("decidedOn", "teachersupport.rule.decidedAfterWork",
                    FieldChecks.day(firstWork));
        }
        records.update(recordId, version, (em, r) -> c.describe(r), SupportRecordEntity::getId);
        return reread(who, recordId);
    }

    @Override
    public Problem addProblem(long recordId, ProblemDraft draft) {
        Caller who = gate.caller();
        ProblemDraft d = checkProblem(draft, "");
        return problems.create(em -> {
            gate.requireKeep(em, who, recordId).requireNotConcluded();
            int position = problemsOf(em, recordId).size() + 1;
            ProblemEntity p = new ProblemEntity(recordId, position, who.login(), gate.db().now());
            p.describe(d.difficultyType(), d.description());
            return p;
        }, ProblemEntity::toRecord);
    }

    @Override
    public Problem updateProblem(long problemId, long version, ProblemDraft draft) {
        Caller who = gate.caller();
        ProblemDraft d = checkProblem(draft, "");
        return problems.update(problemId, version, (em, p) -> {
            gate.requireKeep(em, who, p.getRecordId()).requireNotConcluded();
            p.describe(d.difficultyType(), d.description());
        }, ProblemEntity::toRecord);
    }

    @Override
    public void removeProblem(long problemId, long version) {
        Caller who = gate.caller();
        gate.db().run(em -> {
            ProblemEntity p = problems.current(em, problemId, version);
            gate.requireKeep(em, who, p.getRecordId()).requireNotConcluded();
            boolean concerned = em.createQuery("select d from DiagnosisEntity d where d.recordId = :r",
                    DiagnosisEntity.class).setParameter("r", p.getRecordId()).getResultList().stream()
                    .anyMatch(d -> d.problemIds().contains(problemId));
            if (concerned) {
                throw new ValidationException("", "teachersupport.error.problemInUse");
            }
            em.remove(p);
            em.flush();
            int position = 1;
            for (ProblemEntity other : problemsOf(em, p.getRecordId())) {
                other.moveTo(position++);
            }
        }, gate.audit(), new AuditEvent(AuditAction.DELETE, PROBLEM, String.valueOf(problemId), ""));
    }

    /** The record's problems in their order. */
    public static List<ProblemEntity> problemsOf(EntityManager em, long recordId) {
        return em.createQuery("select p from ProblemEntity p where p.recordId = :r order by p.position, p.id",
                ProblemEntity.class).setParameter("r", recordId).getResultList();
    }

    private void requireNoOpenRecord(EntityManager em, long teacherId) {
        boolean open = !em.createQuery("select r.id from SupportRecordEntity r where r.teacherId = :t"
                + " and r.status <> :concluded", Long.class).setParameter("t", teacherId)
                .setParameter("concluded", SupportStatus.CONCLUDED).getResultList().isEmpty();
        if (open) {
            throw new ValidationException("teacherId", "teachersupport.error.openRecord");
        }
    }

    /**
     * The problem's fields, refused with every objection at once: the type of difficulty from the list, the text; the
     * fields' names start with {@code prefix} (a problem of the opening form names its row).
     */
    private ProblemDraft checkProblem(ProblemDraft d, String prefix) {
        FieldChecks.present(prefix + "difficultyType", d);
        Objections o = new Objections();
        String type = o.value(() -> gate.rules().requireKnown(SupportList.DIFFICULTY_TYPES, prefix + "difficultyType",
                d.difficultyType()));
        String description = o.value(() -> FieldChecks.required(prefix + "description", d.description(),
                DESCRIPTION));
        o.refuseAny();
        return new ProblemDraft(type, description);
    }

    /** The opening data as checked: the people looked up in the core. */
    private record Checked(StaffMember teacher, LocalDate decidedOn, StaffMember lead, List<Participant> participants,
            List<String> plannedForms, String plannedNote) {

        void describe(SupportRecordEntity r) {
            r.describe(teacher.name().full(), teacher.position(), decidedOn, lead.id(), lead.name().full(),
                    participants, plannedForms, plannedNote);
        }
    }

    /** The opening data checked, every objection at once, in the order of the form's fields. */
    private Checked check(SupportDraft d) {
        FieldChecks.present("teacherId", d);
        Objections o = new Objections();
        StaffMember teacher = o.value(() -> gate.people().staff("teacherId", d.teacherId()));
        LocalDate decided = o.value(() -> FieldChecks.notFuture("decidedOn", d.decidedOn(), gate.db().today()));
        StaffMember lead = o.value(() -> gate.people().staff("leadId", d.leadId()));
        List<Participant> participants = new ArrayList<>();
        o.check(() -> {
            for (Long id : d.participantIds().stream().distinct().toList()) {
                StaffMember p = gate.people().staff("participantIds", id);
                if (lead == null || p.id() != lead.id()) {
                    participants.add(new Participant(p.id(), p.name().full()));
                }
            }
        });
        if (teacher != null && lead != null) {
            o.check(() -> gate.rules().lead().check(teacher.id(), lead, d.participantIds()));
        }
        List<String> forms = o.value(() -> {
            if (d.plannedForms().isEmpty()) {
                throw new ValidationException("plannedForms", "core.error.required");
            }
            return d.plannedForms().stream().distinct()
                    .map(f -> gate.rules().requireKnown(SupportList.HELP_FORMS, "plannedForms", f)).toList();
        });
        String note = o.value(() -> FieldChecks.maxLength("plannedNote", d.plannedNote(), NOTE));
        o.refuseAny();
        return new Checked(teacher, decided, lead, participants, forms, note);
    }

    /** The first day of anything recorded on the record (diagnosis, route, help, evidence), or null. */
    private static LocalDate firstWork(EntityManager em, long recordId) {
        List<LocalDate> days = new ArrayList<>();
        days.add(em.createQuery("select min(d.date) from DiagnosisEntity d where d.recordId = :r", LocalDate.class)
                .setParameter("r", recordId).getSingleResult());
        days.add(em.createQuery("select min(h.date) from HelpEntity h where h.recordId = :r", LocalDate.class)
                .setParameter("r", recordId).getSingleResult());
        days.add(em.createQuery("select min(e.date) from EvidenceEntity e where e.recordId = :r", LocalDate.class)
                .setParameter("r", recordId).getSingleResult());
        days.add(em.find(SupportRecordEntity.class, recordId).getRouteFrom());
        return days.stream().filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
    }

    private static Map<Long, Long> problemCounts(EntityManager em) {
        return em.createQuery("select p.recordId from ProblemEntity p", Long.class).getResultList().stream()
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }

    private SupportRecord reread(Caller who, long recordId) {
        return gate.db().read(em -> record(em, who, gate.find(em, recordId)));
    }

    /** The record as the caller sees it. */
    public SupportRecord record(EntityManager em, Caller who, SupportRecordEntity r) {
        RecordAccess a = gate.access(who, r);
        boolean open = r.getStatus() != SupportStatus.CONCLUDED;
        return new SupportRecord(r.getId(), r.getTeacherId(), r.getTeacherName(), r.getTeacherPosition(),
                r.getDecidedOn(), r.getLeadId(), r.getLeadName(), r.participants(),
                problemsOf(em, r.getId()).stream().map(ProblemEntity::toRecord).toList(), r.getPlannedForms(),
                r.getPlannedNote(), r.getStatus(), r.getSignedOn(), r.getPreviousId(), r.getNextId(),
                r.getOpenedBy(), a.canKeep() && open, a.canWork() && open, a.canKeep() && open, r.getVersion());
    }

    private static SupportSummary summary(SupportRecordEntity r, long problems) {
        return new SupportSummary(r.getId(), r.getTeacherId(), r.getTeacherName(), r.getDecidedOn(),
                r.getLeadName(), r.getStatus(), r.getSignedOn(), (int) problems);
    }
}
