package org.opora.patronage.impl.internal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.opora.core.api.pupil.PupilService;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.report.ControlRow;
import org.opora.patronage.api.report.ControlService;
import org.opora.patronage.api.work.ContactDue;
import org.opora.patronage.impl.internal.cases.CaseGate;
import org.opora.patronage.impl.internal.config.PatronageRules;
import org.opora.patronage.impl.internal.model.CaseEntity;
import org.opora.patronage.impl.internal.model.ContactEntity;
import org.opora.patronage.impl.internal.model.CuratorEntity;
import org.opora.patronage.impl.internal.rules.ContactIntervalRule;
import org.opora.patronage.impl.internal.work.ContactServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The director's control over the measures (003 section 3.1): every open case with its curators today, the plan
 * rows overdue, the contact due (the agreed next step or the school's interval, as the curators' duties say) and
 * the report due by the school's interval; read in a few queries for all the cases at once.
 */
@Component(service = ControlService.class)
public class ControlServiceImpl implements ControlService {

    private final CaseGate gate;
    private final PatronageRules rules;
    private final PupilService pupils;

    @Activate
    public ControlServiceImpl(@Reference CaseGate gate, @Reference PatronageRules rules,
            @Reference PupilService pupils) {
        this.gate = gate;
        this.rules = rules;
        this.pupils = pupils;
    }

    @Override
    public List<ControlRow> control() {
        gate.caller(PatronagePermissions.READ_ALL);
        LocalDate today = gate.db().today();
        ContactIntervalRule interval = rules.contactInterval();
        Map<Long, Long> pupilOf = new HashMap<>();
        List<ControlRow> rows = gate.db().read(em -> {
            List<CaseEntity> open = em.createQuery("select c from CaseEntity c where c.closedOn is null"
                    + " order by c.pupilName, c.id", CaseEntity.class).getResultList();
            List<Long> ids = open.stream().map(CaseEntity::getId).toList();
            Map<Long, List<String>> curators = curators(em, ids, today);
            Map<Long, Integer> overdue = overdue(em, ids, today);
            Map<Long, ContactEntity> lastContacts = lastContacts(em, ids);
            Map<Long, LocalDate> lastReports = ReportQueries.lastReports(em, ids);
            Map<Long, LocalDate> reportsDue = ReportQueries.nextDue(em, ids, rules.reportDue(), today);
            List<ControlRow> result = new ArrayList<>();
            for (CaseEntity pc : open) {
                long id = pc.getId();
                pupilOf.put(id, pc.getPupilId());
                LocalDate contactDue = ContactServiceImpl.due(pc, lastContacts.get(id), interval, today)
                        .map(ContactDue::due).orElse(null);
                LocalDate reportDue = reportsDue.get(id);
                result.add(new ControlRow(id, pc.getPupilName(), "", pc.getCategory(), pc.getOpenedOn(),
                        curators.getOrDefault(id, List.of()), overdue.getOrDefault(id, 0), contactDue,
                        lastReports.get(id), reportDue != null && !today.isBefore(reportDue) ? reportDue : null));
            }
            return result;
        });
        List<ControlRow> labelled = new ArrayList<>();
        for (ControlRow r : rows) {
            labelled.add(new ControlRow(r.caseId(), r.pupil(), className(pupilOf.get(r.caseId())), r.category(),
                    r.openedOn(), r.curators(), r.overdueRows(), r.contactDue(), r.lastReport(), r.reportDue()));
        }
        labelled.sort(Comparator.comparing((ControlRow r) -> !r.attention()).thenComparing(ControlRow::pupil));
        return labelled;
    }

    /** The pupil's class now, or empty when the pupil cannot be read or is gone. */
    private String className(long pupilId) {
        try {
            String name = pupils.get(pupilId).className();
            return name == null ? "" : name;
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static Map<Long, List<String>> curators(EntityManager em, List<Long> ids, LocalDate today) {
        Map<Long, List<String>> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        for (CuratorEntity k : em.createQuery("select k from CuratorEntity k where k.caseId in :ids"
                + " order by k.kind desc, k.from", CuratorEntity.class).setParameter("ids", ids).getResultList()) {
            if (k.activeOn(today)) {
                names.computeIfAbsent(k.getCaseId(), x -> new ArrayList<>()).add(k.getName());
            }
        }
        return names;
    }

    private static Map<Long, Integer> overdue(EntityManager em, List<Long> ids, LocalDate today) {
        Map<Long, Integer> count = new HashMap<>();
        if (ids.isEmpty()) {
            return count;
        }
        for (Object[] row : em.createQuery("select w.caseId, count(w) from WorkItemEntity w where w.caseId in :ids"
                + " and w.doneOn is null and w.to < :today group by w.caseId", Object[].class)
                .setParameter("ids", ids).setParameter("today", today).getResultList()) {
            count.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return count;
    }

    private static Map<Long, ContactEntity> lastContacts(EntityManager em, List<Long> ids) {
        Map<Long, ContactEntity> last = new HashMap<>();
        if (ids.isEmpty()) {
            return last;
        }
        for (ContactEntity t : em.createQuery("select t from ContactEntity t where t.caseId in :ids"
                + " order by t.date desc, t.id desc", ContactEntity.class).setParameter("ids", ids)
                .getResultList()) {
            last.putIfAbsent(t.getCaseId(), t);
        }
        return last;
    }
}
