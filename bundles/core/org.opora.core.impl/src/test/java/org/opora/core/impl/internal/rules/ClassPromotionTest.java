package org.opora.core.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClassPromotionTest {

    @Test
    void everyClassMovesUpWithItsLetterAndTeacherAndTheHighestGradeGraduates() {
        ClassPromotion.Plan plan = ClassPromotion.plan(List.of(
                new ClassPromotion.Source(1, 1, "А", 10L),
                new ClassPromotion.Source(2, 7, "Б", 11L),
                new ClassPromotion.Source(3, 10, "А", null),
                new ClassPromotion.Source(4, 11, "А", 12L),
                new ClassPromotion.Source(5, 11, "Б", 13L)), 11);
        assertEquals(List.of(
                new ClassPromotion.Step(1, 2, "А", 10L),
                new ClassPromotion.Step(2, 8, "Б", 11L),
                new ClassPromotion.Step(3, 11, "А", null)), plan.steps());
        assertEquals(List.of(4L, 5L), plan.graduatingClassIds());
    }

    @Test
    void aBasicSchoolGraduatesAfterTheNinthGrade() {
        ClassPromotion.Plan plan = ClassPromotion.plan(List.of(new ClassPromotion.Source(1, 8, "А", null),
                new ClassPromotion.Source(2, 9, "А", null)), 9);
        assertEquals(1, plan.steps().size());
        assertEquals(List.of(2L), plan.graduatingClassIds());
    }

    @Test
    void anEmptySchoolHasNothingToDo() {
        ClassPromotion.Plan plan = ClassPromotion.plan(List.of(), 11);
        assertEquals(List.of(), plan.steps());
        assertEquals(List.of(), plan.graduatingClassIds());
    }
}
