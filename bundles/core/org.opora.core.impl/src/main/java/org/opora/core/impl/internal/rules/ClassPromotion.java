package org.opora.core.impl.internal.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Promotion to the next academic year: a class of grade N becomes a class of grade N+1 with the same letter and
 * class teacher; the classes of the highest grade graduate. Pure: the service applies the plan.
 */
public final class ClassPromotion {

    /** A class of the year being closed. */
    public record Source(long classId, int grade, String letter, Long classTeacherId) {
    }

    /** A class to create in the next year for the pupils of {@code fromClassId}. */
    public record Step(long fromClassId, int grade, String letter, Long classTeacherId) {
    }

    /** The plan: classes to create, and the classes whose pupils graduate. */
    public record Plan(List<Step> steps, List<Long> graduatingClassIds) {
    }

    private ClassPromotion() {
    }

    /**
     * @param classes      the classes of the current year
     * @param highestGrade the last grade of the school (11 by default, configuration)
     */
    public static Plan plan(List<Source> classes, int highestGrade) {
        List<Step> steps = new ArrayList<>();
        List<Long> graduating = new ArrayList<>();
        for (Source c : classes) {
            if (c.grade() >= highestGrade) {
                graduating.add(c.classId());
            } else {
                steps.add(new Step(c.classId(), c.grade() + 1, c.letter(), c.classTeacherId()));
            }
        }
        return new Plan(List.copyOf(steps), List.copyOf(graduating));
    }
}
