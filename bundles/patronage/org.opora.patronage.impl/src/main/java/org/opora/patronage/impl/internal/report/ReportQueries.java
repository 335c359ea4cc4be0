package org.opora.patronage.impl.internal.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.opora.patronage.impl.internal.model.CuratorEntity;
import org.opora.patronage.impl.internal.model.MeetingEntity;
import org.opora.patronage.impl.internal.rules.ReportDueRule;

/**
 * What the reports' services read about many cases or reports at once: when each case was last reported on, since
 * when it is curated without a break, the day its next report is due, and the meeting each report is put on.
 */
public final class ReportQueries {

    private ReportQueries() {
    }

    /** The day of the last report on each case that has one. */
    public static Map<Long, LocalDate> lastReports(EntityManager em, Collection<Long> caseIds) {
        Map<Long, LocalDate> last = new HashMap<>();
        if (caseIds.isEmpty()) {
            return last;
        }
        for (Object[] row : em.createQuery("select r.caseId, max(r.submittedOn) from ReportEntity r"
                + " where r.caseId in :ids group by r.caseId", Object[].class).setParameter("ids", caseIds)
                .getResultList()) {
            last.put((Long) row[0], (LocalDate) row[1]);
        }
        return last;
    }

    /** The first day of the earliest term serving on the day, for each case that has a curator that day. */
    public static Map<Long, LocalDate> curatedSince(EntityManager em, Collection<Long> caseIds, LocalDate day) {
        Map<Long, LocalDate> since = new HashMap<>();
        if (caseIds.isEmpty()) {
            return since;
        }
        for (CuratorEntity k : em.createQuery("select k from CuratorEntity k where k.caseId in :ids",
                CuratorEntity.class).setParameter("ids", caseIds).getResultList()) {
            if (k.activeOn(day)) {
                since.merge(k.getCaseId(), k.getFrom(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return since;
    }

    /**
     * The day the next report is due on each case curated today, by the rule: the interval after the curators'
     * term began or after the last report. Cases without a curator, and every case without the rule, have none.
     */
    public static Map<Long, LocalDate> nextDue(EntityManager em, Collection<Long> caseIds, ReportDueRule rule,
            LocalDate today) {
        Map<Long, LocalDate> due = new HashMap<>();
        if (rule.days() == 0) {
            return due;
        }
        Map<Long, LocalDate> last = lastReports(em, caseIds);
        curatedSince(em, caseIds, today).forEach((caseId, since) -> rule.nextDue(since, last.get(caseId))
                .ifPresent(day -> due.put(caseId, day)));
        return due;
    }

    /** The meeting each report is put on, for the reports that are. */
    public static Map<Long, MeetingEntity> meetingsOf(EntityManager em, Collection<Long> reportIds) {
        Map<Long, MeetingEntity> meetings = new HashMap<>();
        if (reportIds.isEmpty()) {
            return meetings;
        }
        List<Object[]> rows = em.createQuery("select i.reportId, m from MeetingItemEntity i, MeetingEntity m"
                + " where i.meetingId = m.id and i.reportId in :ids", Object[].class).setParameter("ids", reportIds)
                .getResultList();
        for (Object[] row : rows) {
            meetings.put((Long) row[0], (MeetingEntity) row[1]);
        }
        return meetings;
    }
}
