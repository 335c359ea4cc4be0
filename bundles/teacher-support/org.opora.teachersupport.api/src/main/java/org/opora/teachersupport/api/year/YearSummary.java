package org.opora.teachersupport.api.year;

import java.util.List;
import java.util.Map;

import org.opora.teachersupport.api.conclusion.ProblemsRemoved;
import org.opora.teachersupport.api.conclusion.TeacherNeed;
import org.opora.teachersupport.api.conclusion.Verdict;
import org.opora.teachersupport.api.record.SupportStatus;

/**
 * The methodological support of one academic year: the records open at any time of the year.
 *
 * @param startYear           the academic year's first calendar year (2025 for 2025/2026)
 * @param teachers            how many teachers were supported
 * @param byStatus            the records by where they stand now
 * @param teachersByDifficulty how many teachers had a problem of each difficulty type (codes)
 * @param verdicts            the conclusions signed in the year by verdict
 * @param removed             the conclusions signed in the year by the problems removed
 * @param needs               the conclusions signed in the year by the teacher's needs
 * @param development         the teachers who need professional development, with what
 */
public record YearSummary(int startYear, int teachers, Map<SupportStatus, Integer> byStatus,
        Map<String, Integer> teachersByDifficulty, Map<Verdict, Integer> verdicts,
        Map<ProblemsRemoved, Integer> removed, Map<TeacherNeed, Integer> needs, List<DevelopmentNeed> development) {

    public YearSummary {
        byStatus = Map.copyOf(byStatus);
        teachersByDifficulty = Map.copyOf(teachersByDifficulty);
        verdicts = Map.copyOf(verdicts);
        removed = Map.copyOf(removed);
        needs = Map.copyOf(needs);
        development = List.copyOf(development);
    }
}
