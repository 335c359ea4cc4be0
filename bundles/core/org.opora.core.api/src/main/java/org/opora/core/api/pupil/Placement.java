package org.opora.core.api.pupil;

import org.opora.core.api.AcademicYear;

/**
 * The class a pupil was in during an academic year.
 *
 * @param year      academic year
 * @param classId   class id
 * @param className e.g. "7B"
 */
public record Placement(AcademicYear year, long classId, String className) {
}
