package org.opora.teachersupport.impl.internal.year;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opora.core.api.AcademicYear;
import org.opora.core.support.Caller;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.teachersupport.api.TeacherSupportPermissions;
import org.opora.teachersupport.api.conclusion.ConclusionDraft;
import org.opora.teachersupport.api.conclusion.ProblemsRemoved;
import org.opora.teachersupport.api.conclusion.TeacherNeed;
import org.opora.teachersupport.api.conclusion.Verdict;
import org.opora.teachersupport.api.record.SupportStatus;
import org.opora.teachersupport.api.year.DevelopmentNeed;
import org.opora.teachersupport.api.year.YearService;
import org.opora.teachersupport.api.year.YearSummary;
import org.opora.teachersupport.impl.internal.model.ProblemEntity;
import org.opora.teachersupport.impl.internal.model.SupportRecordEntity;
import org.opora.teachersupport.impl.internal.record.RecordGate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The year's summary: the records open at any time of the academic year (decided by its last day, not concluded
 * before its first), their teachers by difficulty type, and the conclusions signed within the year by verdict, by
 * the problems removed and by the teacher's needs. For the administration and the holders of read-all; journaled.
 */
@Component(service = YearService.class)
public class YearServiceImpl implements YearService {

    /** The record type of the year's summary in the journal. */
    public static final String YEAR = "teachersupport.year";

    private final RecordGate gate;

    @Activate
    public YearServiceImpl(@Reference RecordGate gate) {
        this.gate = gate;
    }

    @Override
    public YearSummary summary(int startYear) {
        Caller who = gate.caller();
        if (!who.allows(TeacherSupportPermissions.READ_ALL) && !who.allows(TeacherSupportPermissions.MANAGE)) {
            throw new AccessDeniedException(TeacherSupportPermissions.READ_ALL);
        }
        AcademicYear year = new AcademicYear(startYear);
        YearSummary summary = gate.db().read(em -> {
            List<SupportRecordEntity> records = em.createQuery("select r from SupportRecordEntity r"
                    + " where r.decidedOn <= :last and (r.signedOn is null or r.signedOn >= :first)"
                    + " order by r.decidedOn, r.id", SupportRecordEntity.class)
                    .setParameter("last", year.lastDay()).setParameter("first", year.firstDay()).getResultList();
            Map<Long, SupportRecordEntity> byId = new HashMap<>();
            records.forEach(r -> byId.put(r.getId(), r));
            Set<Long> teachers = new HashSet<>();
            Map<SupportStatus, Integer> byStatus = new EnumMap<>(SupportStatus.class);
            Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
            Map<ProblemsRemoved, Integer> removed = new EnumMap<>(ProblemsRemoved.class);
            Map<TeacherNeed, Integer> needs = new EnumMap<>(TeacherNeed.class);
            List<DevelopmentNeed> development = new ArrayList<>();
            for (SupportRecordEntity r : records) {
                teachers.add(r.getTeacherId());
                byStatus.merge(r.getStatus(), 1, Integer::sum);
                if (r.getSignedOn() != null && year.contains(r.getSignedOn())) {
                    ConclusionDraft c = r.conclusionDraft();
                    if (c.verdict() != null) {
                        verdicts.merge(c.verdict(), 1, Integer::sum);
                    }
                    if (c.removed() != null) {
                        removed.merge(c.removed(), 1, Integer::sum);
                    }
                    c.needs().forEach(n -> needs.merge(n, 1, Integer::sum));
                    if (c.needs().contains(TeacherNeed.PROFESSIONAL_DEVELOPMENT)) {
                        development.add(new DevelopmentNeed(r.getId(), r.getTeacherName(), c.development()));
                    }
                }
            }
            Map<String, Set<Long>> typeTeachers = new HashMap<>();
            if (!byId.isEmpty()) {
                for (ProblemEntity p : em.createQuery("select p from ProblemEntity p where p.recordId in :ids",
                        ProblemEntity.class).setParameter("ids", byId.keySet()).getResultList()) {
                    typeTeachers.computeIfAbsent(p.getDifficultyType(), k -> new HashSet<>())
                            .add(byId.get(p.getRecordId()).getTeacherId());
                }
            }
            Map<String, Integer> byDifficulty = new HashMap<>();
            typeTeachers.forEach((type, ids) -> byDifficulty.put(type, ids.size()));
            return new YearSummary(startYear, teachers.size(), byStatus, byDifficulty, verdicts, removed, needs,
                    development);
        });
        gate.audit().record(AuditEvent.read(YEAR, startYear));
        return summary;
    }
}
