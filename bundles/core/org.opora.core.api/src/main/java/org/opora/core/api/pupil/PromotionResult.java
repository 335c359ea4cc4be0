package org.opora.core.api.pupil;

import org.opora.core.api.AcademicYear;

/**
 * What promoting the school to the next academic year did.
 *
 * @param from           the year promoted from
 * @param to             the new current year
 * @param classesCreated classes created in the new year
 * @param pupilsMoved    pupils placed in the next grade
 * @param graduates      pupils of the highest grade archived as graduates
 */
public record PromotionResult(AcademicYear from, AcademicYear to, int classesCreated, int pupilsMoved,
        int graduates) {
}
