package org.opora.teachersupport.impl.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.opora.core.api.ValidationException;
import org.opora.teachersupport.api.conclusion.ConclusionDraft;
import org.opora.teachersupport.api.conclusion.ProblemOutcome;
import org.opora.teachersupport.api.conclusion.ProblemsRemoved;
import org.opora.teachersupport.api.conclusion.TeacherNeed;

/**
 * What the general conclusion (regulation 004, 5.4) needs before it is signed: the table has, for every problem of
 * the record, its state before and after the support; item 1 (the verdict) and item 2 (the problems removed, with
 * the list of those not removed) are answered; item 3 (the reasons) unless every problem was removed; item 6 (the
 * teacher's needs), with what professional development and why another route when they are chosen; the most
 * effective ways of further support unless the teacher needs none. "Needs no support" stands alone.
 */
public final class ConclusionRule {

    private ConclusionRule() {
    }

    /** A thing missing: the field and the message key. */
    public record Missing(String field, String key, Object... params) {
    }

    /** Refuses answers that contradict each other, whenever they are written. */
    public static void checkConsistent(ConclusionDraft d) {
        Set<TeacherNeed> needs = d.needs();
        if (needs.contains(TeacherNeed.NONE) && needs.size() > 1) {
            throw new ValidationException("needs", "teachersupport.rule.noneAlone");
        }
    }

    /** What signing still needs, in the order of the form; empty when it may be signed. */
    public static List<Missing> missing(List<ProblemOutcome> outcomes, ConclusionDraft d) {
        List<Missing> missing = new ArrayList<>();
        if (outcomes.isEmpty()) {
            missing.add(new Missing("problems", "teachersupport.rule.noProblems"));
        }
        for (ProblemOutcome o : outcomes) {
            if (!o.complete()) {
                missing.add(new Missing("outcome", "teachersupport.rule.outcomeMissing", o.position()));
            }
        }
        if (d.verdict() == null) {
            missing.add(new Missing("verdict", "teachersupport.rule.verdictMissing"));
        }
        if (d.removed() == null) {
            missing.add(new Missing("removed", "teachersupport.rule.removedMissing"));
        } else {
            if (d.removed() == ProblemsRemoved.NOT_REMOVED && d.notRemoved().isBlank()) {
                missing.add(new Missing("notRemoved", "teachersupport.rule.notRemovedMissing"));
            }
            if (d.removed() != ProblemsRemoved.FULLY && d.reasons().isBlank()) {
                missing.add(new Missing("reasons", "teachersupport.rule.reasonsMissing"));
            }
        }
        Set<TeacherNeed> needs = d.needs();
        if (needs.isEmpty()) {
            missing.add(new Missing("needs", "teachersupport.rule.needsMissing"));
        }
        if (needs.contains(TeacherNeed.NONE) && needs.size() > 1) {
            missing.add(new Missing("needs", "teachersupport.rule.noneAlone"));
        }
        if (needs.contains(TeacherNeed.PROFESSIONAL_DEVELOPMENT) && d.development().isBlank()) {
            missing.add(new Missing("development", "teachersupport.rule.developmentMissing"));
        }
        if (needs.contains(TeacherNeed.ANOTHER_ROUTE) && d.anotherRouteWhy().isBlank()) {
            missing.add(new Missing("anotherRouteWhy", "teachersupport.rule.anotherRouteMissing"));
        }
        if (!needs.isEmpty() && !needs.equals(Set.of(TeacherNeed.NONE)) && d.effectiveWays().isBlank()) {
            missing.add(new Missing("effectiveWays", "teachersupport.rule.effectiveWaysMissing"));
        }
        return missing;
    }

    /** Refuses the signature with the first thing missing. */
    public static void requireComplete(List<ProblemOutcome> outcomes, ConclusionDraft d) {
        List<Missing> missing = missing(outcomes, d);
        if (!missing.isEmpty()) {
            Missing first = missing.get(0);
            throw new ValidationException(first.field(), first.key(), first.params());
        }
    }
}
