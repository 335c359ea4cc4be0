package org.opora.patronage.impl.internal.year;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.ValidationException;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.ModuleDatabase;
import org.opora.core.support.Objections;
import org.opora.core.support.RecordWriter;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.year.CategoryFigures;
import org.opora.patronage.api.year.Schedule;
import org.opora.patronage.api.year.ScheduleEntry;
import org.opora.patronage.api.year.YearService;
import org.opora.patronage.api.year.YearSummary;
import org.opora.patronage.impl.internal.cases.CaseGate;
import org.opora.patronage.impl.internal.config.PatronageRules;
import org.opora.patronage.impl.internal.model.CaseEntity;
import org.opora.patronage.impl.internal.model.ContactEntity;
import org.opora.patronage.impl.internal.model.PatronageYearEntity;
import org.opora.patronage.impl.internal.model.ScheduleEntryEntity;
import org.opora.patronage.impl.internal.model.WorkItemEntity;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.security.AccessDeniedException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The schedule of patronage work and the year's summary (003 section 2.2). The figures are counted from the cases
 * when asked; the summary holds counts only, no names, and is read by whoever keeps cases or reads them all.
 */
@Component(service = YearService.class)
public class YearServiceImpl implements YearService {

    static final String ENTRY = "patronage.schedule";
    static final String YEAR = "patronage.year";
    static final int WHEN = 200;
    static final int ACTIVITY = 2000;
    static final int RESPONSIBLE = 320;
    static final int PRACTICE = 8000;

    private final CaseGate gate;
    private final PatronageRules rules;
    private final RecordWriter<ScheduleEntryEntity> entries;
    private final RecordWriter<PatronageYearEntity> years;

    @Activate
    public YearServiceImpl(@Reference CaseGate gate, @Reference PatronageRules rules) {
        this.gate = gate;
        this.rules = rules;
        this.entries = new RecordWriter<>(gate.db(), gate.audit(), ScheduleEntryEntity.class, ENTRY);
        this.years = new RecordWriter<>(gate.db(), gate.audit(), PatronageYearEntity.class, YEAR);
    }

    @Override
    public Schedule schedule(int year) {
        gate.caller();
        AcademicYear y = year(year);
        return gate.db().read(em -> {
            Optional<PatronageYearEntity> record = record(em, y.startYear());
            return new Schedule(y.startYear(), lines(em, y.startYear()).stream().map(ScheduleEntryEntity::toRecord)
                    .toList(), record.map(PatronageYearEntity::getApprovedBy).orElse(""),
                    record.map(PatronageYearEntity::getApprovedOn).orElse(null),
                    record.map(PatronageYearEntity::getVersion).orElse(0L));
        });
    }

    @Override
    public ScheduleEntry addEntry(int year, String when, String activity, String responsible) {
        Caller who = keeper();
        Objections o = new Objections();
        AcademicYear y = o.value(() -> writable(year));
        Line line = line(o, when, activity, responsible);
        o.refuseAny();
        return entries.create(em -> {
            notApproved(em, y.startYear());
            ScheduleEntryEntity e = new ScheduleEntryEntity(y.startYear(), lines(em, y.startYear()).size() + 1,
                    who.login(), gate.db().now());
            e.describe(line.when(), line.activity(), line.responsible());
            return e;
        }, ScheduleEntryEntity::toRecord);
    }

    @Override
    public ScheduleEntry updateEntry(long entryId, long version, String when, String activity, String responsible) {
        keeper();
        Objections o = new Objections();
        Line line = line(o, when, activity, responsible);
        o.refuseAny();
        return entries.update(entryId, version, (em, e) -> {
            notApproved(em, e.getYear());
            e.describe(line.when(), line.activity(), line.responsible());
        }, ScheduleEntryEntity::toRecord);
    }

    @Override
    public void removeEntry(long entryId, long version) {
        keeper();
        gate.db().run(em -> {
            ScheduleEntryEntity e = entries.current(em, entryId, version);
            notApproved(em, e.getYear());
            em.remove(e);
        }, gate.audit(), new AuditEvent(AuditAction.DELETE, ENTRY, String.valueOf(entryId), ""));
    }

    @Override
    public Schedule approve(int year, long version, LocalDate on) {
        Caller who = gate.caller(PatronagePermissions.APPOINT);
        Objections o = new Objections();
        AcademicYear y = o.value(() -> writable(year));
        o.check(() -> FieldChecks.notFuture("approvedOn", on, gate.db().today()));
        o.refuseAny();
        long id = gate.db().write(em -> {
            if (lines(em, y.startYear()).isEmpty()) {
                throw new ValidationException("", "patronage.rule.scheduleEmpty");
            }
            PatronageYearEntity r = record(em, y.startYear()).orElse(null);
            if (r == null) {
                ModuleDatabase.expectVersion(0, version);
                r = new PatronageYearEntity(y.startYear(), who.login(), gate.db().now());
                em.persist(r);
            } else {
                ModuleDatabase.expectVersion(r.getVersion(), version);
            }
            if (r.getApprovedOn() != null) {
                throw new ValidationException("", "patronage.error.scheduleApproved");
            }
            r.approve(who.name(), on);
            em.flush();
            return r.getId();
        }, gate.audit(), done -> new AuditEvent(AuditAction.UPDATE, YEAR, String.valueOf(done), "schedule approved"));
        return schedule(y.startYear());
    }

    @Override
    public YearSummary summary(int year) {
        Caller who = gate.caller();
        if (!gate.keeps(who) && !who.allows(PatronagePermissions.READ_ALL)) {
            throw new AccessDeniedException(PatronagePermissions.READ_ALL);
        }
        AcademicYear y = year(year);
        return gate.db().read(em -> summary(em, y));
    }

    @Override
    public YearSummary writeEffectivePractice(int year, long version, String text) {
        Caller who = keeper();
        Objections o = new Objections();
        AcademicYear y = o.value(() -> writable(year));
        String practice = o.value(() -> FieldChecks.maxLength("effectivePractice", text, PRACTICE));
        o.refuseAny();
        long id = gate.db().write(em -> {
            PatronageYearEntity r = record(em, y.startYear()).orElse(null);
            if (r == null) {
                ModuleDatabase.expectVersion(0, version);
                r = new PatronageYearEntity(y.startYear(), who.login(), gate.db().now());
                em.persist(r);
            } else {
                ModuleDatabase.expectVersion(r.getVersion(), version);
            }
            r.practice(practice);
            em.flush();
            return r.getId();
        }, gate.audit(), done -> new AuditEvent(AuditAction.UPDATE, YEAR, String.valueOf(done), "effective practice"));
        return gate.db().read(em -> summary(em, y));
    }

    private YearSummary summary(EntityManager em, AcademicYear y) {
        LocalDate first = y.firstDay();
        LocalDate last = y.lastDay().isAfter(gate.db().today()) ? gate.db().today() : y.lastDay();
        List<CaseEntity> all = em.createQuery("select c from CaseEntity c where c.openedOn <= :last"
                + " and (c.closedOn is null or c.closedOn >= :first)", CaseEntity.class)
                .setParameter("first", first).setParameter("last", last).getResultList();
        Map<Long, CaseEntity> byId = all.stream().collect(Collectors.toMap(CaseEntity::getId, Function.identity()));
        List<WorkItemEntity> rows = byId.isEmpty() ? List.of() : em.createQuery("select w from WorkItemEntity w"
                + " where w.caseId in :ids", WorkItemEntity.class).setParameter("ids", byId.keySet()).getResultList();
        List<ContactEntity> contacts = byId.isEmpty() ? List.of() : em.createQuery("select t from ContactEntity t"
                + " where t.caseId in :ids and t.date >= :first and t.date <= :last", ContactEntity.class)
                .setParameter("ids", byId.keySet()).setParameter("first", first).setParameter("last", last)
                .getResultList();
        List<String> order = new ArrayList<>(rules.categories());
        all.stream().map(CaseEntity::getCategory).filter(c -> !order.contains(c)).distinct().forEach(order::add);
        List<CategoryFigures> figures = new ArrayList<>();
        for (String category : order) {
            List<CaseEntity> cases = all.stream().filter(c -> c.getCategory().equals(category)).toList();
            if (cases.isEmpty()) {
                continue;
            }
            int opened = (int) cases.stream().filter(c -> !c.getOpenedOn().isBefore(first)).count();
            int closed = (int) cases.stream().filter(c -> c.getClosedOn() != null && !c.getClosedOn().isAfter(last))
                    .count();
            int open = (int) cases.stream().filter(c -> c.getClosedOn() == null || c.getClosedOn().isAfter(last))
                    .count();
            List<Long> ids = cases.stream().map(CaseEntity::getId).toList();
            int done = (int) rows.stream().filter(w -> ids.contains(w.getCaseId()) && w.getDoneOn() != null
                    && !w.getDoneOn().isBefore(first) && !w.getDoneOn().isAfter(last)).count();
            int overdue = (int) rows.stream().filter(w -> ids.contains(w.getCaseId())
                    && w.toRecord(last.plusDays(1)).overdue()).count();
            int talked = (int) contacts.stream().filter(t -> ids.contains(t.getCaseId())).count();
            figures.add(new CategoryFigures(category, opened, closed, open, done, overdue, talked));
        }
        Optional<PatronageYearEntity> record = record(em, y.startYear());
        return new YearSummary(y.startYear(), figures, record.map(PatronageYearEntity::getPractice).orElse(""),
                record.map(PatronageYearEntity::getVersion).orElse(0L));
    }

    private record Line(String when, String activity, String responsible) {
    }

    /** The schedule's line, its objections (each text required and within its column) kept with the form's. */
    private static Line line(Objections o, String when, String activity, String responsible) {
        return new Line(o.value(() -> FieldChecks.required("when", when, WHEN)),
                o.value(() -> FieldChecks.required("activity", activity, ACTIVITY)),
                o.value(() -> FieldChecks.required("responsible", responsible, RESPONSIBLE)));
    }

    /** The caller, who must keep cases (the coordinator). */
    private Caller keeper() {
        Caller who = gate.caller(PatronagePermissions.COORDINATE);
        if (!gate.keeps(who)) {
            throw new AccessDeniedException(PatronagePermissions.COORDINATE);
        }
        return who;
    }

    private static AcademicYear year(int year) {
        try {
            return new AcademicYear(year);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("year", "patronage.error.year");
        }
    }

    /**
     * The academic year whose schedule or practice is written: from the one {@value FieldChecks#RECORD_YEARS} years
     * back to the next one, as the document register's years, so that no schedule is kept for 1900 or 2999.
     */
    private AcademicYear writable(int year) {
        AcademicYear y = year(year);
        LocalDate today = gate.db().today();
        AcademicYear first = AcademicYear.containing(FieldChecks.earliest(today));
        AcademicYear last = AcademicYear.containing(today).next();
        if (y.compareTo(first) < 0 || y.compareTo(last) > 0) {
            throw new ValidationException("year", "core.error.year.range", first.label(), last.label());
        }
        return y;
    }

    private void notApproved(EntityManager em, int year) {
        if (record(em, year).map(PatronageYearEntity::getApprovedOn).isPresent()) {
            throw new ValidationException("", "patronage.error.scheduleApproved");
        }
    }

    private static List<ScheduleEntryEntity> lines(EntityManager em, int year) {
        return em.createQuery("select e from ScheduleEntryEntity e where e.year = :y order by e.position, e.id",
                ScheduleEntryEntity.class).setParameter("y", year).getResultList();
    }

    private static Optional<PatronageYearEntity> record(EntityManager em, int year) {
        return em.createQuery("select y from PatronageYearEntity y where y.year = :y", PatronageYearEntity.class)
                .setParameter("y", year).getResultList().stream().findFirst();
    }
}
