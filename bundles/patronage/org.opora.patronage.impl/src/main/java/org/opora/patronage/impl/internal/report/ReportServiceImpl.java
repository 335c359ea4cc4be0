package org.opora.patronage.impl.internal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.opora.core.api.ValidationException;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.core.support.RecordWriter;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.report.CuratorReport;
import org.opora.patronage.api.report.ReportDraft;
import org.opora.patronage.api.report.ReportDue;
import org.opora.patronage.api.report.ReportService;
import org.opora.patronage.impl.internal.cases.CaseGate;
import org.opora.patronage.impl.internal.config.PatronageRules;
import org.opora.patronage.impl.internal.model.CaseEntity;
import org.opora.patronage.impl.internal.model.CuratorEntity;
import org.opora.patronage.impl.internal.model.MeetingEntity;
import org.opora.patronage.impl.internal.model.ReportEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The curators' periodic reports (003 section 3.3: the curator reports on the work done at the director's meeting):
 * submitted by a serving curator of an open case, corrected by their author until a finalised meeting has discussed
 * them, read by everyone who reads the case; due by the school's interval (see {@link ReportQueries#nextDue}).
 */
@Component(service = ReportService.class)
public class ReportServiceImpl implements ReportService {

    static final String RECORD = "patronage.report";
    static final int TEXT = 4000;

    private final CaseGate gate;
    private final PatronageRules rules;
    private final RecordWriter<ReportEntity> reports;

    @Activate
    public ReportServiceImpl(@Reference CaseGate gate, @Reference PatronageRules rules) {
        this.gate = gate;
        this.rules = rules;
        this.reports = new RecordWriter<>(gate.db(), gate.audit(), ReportEntity.class, RECORD);
    }

    @Override
    public List<CuratorReport> reports(long caseId) {
        Caller who = gate.caller();
        List<CuratorReport> all = gate.db().read(em -> {
            gate.requireRead(em, who, caseId);
            List<ReportEntity> found = em.createQuery("select r from ReportEntity r where r.caseId = :c"
                    + " order by r.to desc, r.id desc", ReportEntity.class).setParameter("c", caseId).getResultList();
            Map<Long, MeetingEntity> meetings = ReportQueries.meetingsOf(em,
                    found.stream().map(ReportEntity::getId).toList());
            return found.stream().map(r -> r.toRecord(meetings.get(r.getId()))).toList();
        });
        gate.read(caseId);
        return all;
    }

    @Override
    public CuratorReport submit(long caseId, ReportDraft draft) {
        Caller who = gate.caller(PatronagePermissions.WORK);
        ReportDraft checked = check(draft);
        LocalDate today = gate.db().today();
        return reports.create(em -> {
            CaseEntity pc = requireCurator(em, who, caseId, today);
            within(pc, checked);
            ReportEntity r = new ReportEntity(caseId, who.name(), who.staffId(), today, who.login(),
                    gate.db().now());
            r.apply(checked);
            return r;
        }, r -> r.toRecord(null));
    }

    @Override
    public CuratorReport update(long reportId, long version, ReportDraft draft) {
        Caller who = gate.caller(PatronagePermissions.WORK);
        ReportDraft checked = check(draft);
        LocalDate today = gate.db().today();
        reports.update(reportId, version, (em, r) -> {
            CaseEntity pc = requireCurator(em, who, r.getCaseId(), today);
            if (!who.isSystem() && !who.login().equals(r.getCreatedBy())) {
                throw gate.refused(pc.getId(), "report", PatronagePermissions.WORK);
            }
            MeetingEntity m = ReportQueries.meetingsOf(em, List.of(reportId)).get(reportId);
            if (m != null && m.isFinalised()) {
                throw new ValidationException("", "patronage.error.reportDiscussed", m.getNumber(),
                        FieldChecks.day(m.getDate()));
            }
            within(pc, checked);
            r.apply(checked);
        }, ReportEntity::getId);
        return gate.db().read(em -> {
            ReportEntity r = reports.find(em, reportId);
            return r.toRecord(ReportQueries.meetingsOf(em, List.of(reportId)).get(reportId));
        });
    }

    @Override
    public Optional<LocalDate> nextDue(long caseId) {
        Caller who = gate.caller();
        LocalDate today = gate.db().today();
        return gate.db().read(em -> {
            CaseEntity pc = gate.requireRead(em, who, caseId);
            if (!pc.isOpen()) {
                return Optional.<LocalDate>empty();
            }
            return Optional.ofNullable(ReportQueries.nextDue(em, List.of(caseId), rules.reportDue(), today)
                    .get(caseId));
        });
    }

    @Override
    public List<ReportDue> dueFor(String username) {
        LocalDate today = gate.db().today();
        return gate.people().staffIdOf(username).map(staffId -> gate.db().read(em -> {
            Set<Long> curated = em.createQuery("select k from CuratorEntity k where k.staffId = :s",
                    CuratorEntity.class).setParameter("s", staffId).getResultList().stream()
                    .filter(k -> k.activeOn(today)).map(CuratorEntity::getCaseId).collect(Collectors.toSet());
            List<ReportDue> due = new ArrayList<>();
            if (curated.isEmpty()) {
                return due;
            }
            List<CaseEntity> open = em.createQuery("select c from CaseEntity c where c.id in :ids"
                    + " and c.closedOn is null", CaseEntity.class).setParameter("ids", curated).getResultList();
            List<Long> ids = open.stream().map(CaseEntity::getId).toList();
            Map<Long, LocalDate> next = ReportQueries.nextDue(em, ids, rules.reportDue(), today);
            Map<Long, LocalDate> last = ReportQueries.lastReports(em, ids);
            for (CaseEntity pc : open) {
                LocalDate day = next.get(pc.getId());
                if (day != null && !today.isBefore(day)) {
                    due.add(new ReportDue(pc.getId(), pc.getPupilName(), last.get(pc.getId()), day));
                }
            }
            due.sort(Comparator.comparing(ReportDue::due));
            return due;
        })).orElse(List.of());
    }

    /** The case, if the caller is one of its curators today; a refusal is journaled and thrown. */
    private CaseEntity requireCurator(EntityManager em, Caller who, long caseId, LocalDate today) {
        CaseEntity pc = gate.find(em, caseId);
        boolean serving = who.isSystem() || who.staffId() != null && em.createQuery(
                "select k from CuratorEntity k where k.caseId = :c and k.staffId = :s", CuratorEntity.class)
                .setParameter("c", caseId).setParameter("s", who.staffId()).getResultList().stream()
                .anyMatch(k -> k.activeOn(today));
        if (!serving) {
            throw gate.refused(caseId, "report", PatronagePermissions.WORK);
        }
        return pc;
    }

    /**
     * The report's fields, refused with every objection at once: the period's days not in the future nor more than
     * {@value FieldChecks#RECORD_YEARS} years back, its end not before its start, the texts' lengths.
     */
    private ReportDraft check(ReportDraft d) {
        LocalDate today = gate.db().today();
        Objections o = new Objections();
        LocalDate from = o.value(() -> FieldChecks.notFuture("from", d.from(), today));
        LocalDate to = o.value(() -> FieldChecks.notFuture("to", d.to(), today));
        o.check(() -> notReversed(from, to));
        String work = o.value(() -> FieldChecks.required("workDone", d.workDone(), TEXT));
        String results = o.value(() -> FieldChecks.required("results", d.results(), TEXT));
        String difficulties = o.value(() -> FieldChecks.maxLength("difficulties", d.difficulties(), TEXT));
        String proposals = o.value(() -> FieldChecks.maxLength("proposals", d.proposals(), TEXT));
        o.refuseAny();
        return new ReportDraft(from, to, work, results, difficulties, proposals);
    }

    /** The period's end not before its start (when both are days). */
    private static void notReversed(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException("to", "patronage.rule.periodReversed");
        }
    }

    private static void within(CaseEntity pc, ReportDraft d) {
        pc.requireOpen();
        if (d.from().isBefore(pc.getOpenedOn())) {
            throw new ValidationException("from", "patronage.rule.beforeOpening", FieldChecks.day(pc.getOpenedOn()));
        }
    }
}
