package org.opora.teachersupport.impl.internal.year;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.platform.api.audit.AuditAction;
import org.opora.teachersupport.api.TeacherSupportPermissions;
import org.opora.teachersupport.api.conclusion.Conclusion;
import org.opora.teachersupport.api.conclusion.ConclusionDraft;
import org.opora.teachersupport.api.conclusion.OutcomeDraft;
import org.opora.teachersupport.api.conclusion.ProblemOutcome;
import org.opora.teachersupport.api.conclusion.ProblemsRemoved;
import org.opora.teachersupport.api.conclusion.TeacherNeed;
import org.opora.teachersupport.api.conclusion.Verdict;
import org.opora.teachersupport.api.record.ProblemDraft;
import org.opora.teachersupport.api.record.SupportDraft;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.api.record.SupportStatus;
import org.opora.teachersupport.api.year.DevelopmentNeed;
import org.opora.teachersupport.api.year.YearSummary;
import org.opora.teachersupport.impl.internal.support.TeacherSupportTestSupport;

class YearServiceImplTest extends TeacherSupportTestSupport {

    @Test
    void theYearsSummaryCountsTeachersDifficultiesOutcomesAndNeeds() {
        SupportRecord concluded = openRecord();
        for (ProblemOutcome o : conclusions.conclusion(concluded.id()).outcomes()) {
            conclusions.saveOutcome(o.problemId(), o.version(), new OutcomeDraft("Before", "After", "", ""));
        }
        Conclusion c = conclusions.save(concluded.id(), records.get(concluded.id()).version(), new ConclusionDraft(
                Verdict.SUCCESSFUL, ProblemsRemoved.FULLY, "", "", Set.of(TeacherNeed.PROFESSIONAL_DEVELOPMENT),
                "Course on lesson design", "", "Mentoring"));
        conclusions.sign(concluded.id(), c.version(), today());
        SupportRecord open = records.open(new SupportDraft(otherTeacher.id(), today(), deputy.id(), List.of(),
                List.of("route"), ""));
        records.addProblem(open.id(), new ProblemDraft("methodological", "Assessment criteria"));

        signIn("khudyakov", DIRECTOR);
        int year = AcademicYear.containing(today()).startYear();
        YearSummary s = years.summary(year);
        audited("khudyakov", AuditAction.READ, YearServiceImpl.YEAR, year);
        assertEquals(2, s.teachers());
        assertEquals(Map.of(SupportStatus.CONCLUDED, 1, SupportStatus.OPENED, 1), s.byStatus());
        assertEquals(Map.of("methodological", 2, "organisational", 1), s.teachersByDifficulty());
        assertEquals(Map.of(Verdict.SUCCESSFUL, 1), s.verdicts());
        assertEquals(Map.of(ProblemsRemoved.FULLY, 1), s.removed());
        assertEquals(Map.of(TeacherNeed.PROFESSIONAL_DEVELOPMENT, 1), s.needs());
        assertEquals(List.of(new DevelopmentNeed(concluded.id(), "Morozova Anna Petrovna",
                "Course on lesson design")), s.development());
        assertEquals(0, years.summary(year - 1).teachers(), "nothing was open the year before");
        asLead();
        denied(TeacherSupportPermissions.READ_ALL, () -> years.summary(year));
    }
}
