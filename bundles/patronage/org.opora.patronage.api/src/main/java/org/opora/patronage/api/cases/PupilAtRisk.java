package org.opora.patronage.api.cases;

/**
 * A pupil of a mandatory category (003 section 1.3) without an open case: a duty of the coordinator.
 *
 * @param pupilId   the pupil (core)
 * @param pupil     the pupil's full name
 * @param className the pupil's class, may be empty
 * @param category  the mandatory category: the pupil's flag set today
 */
public record PupilAtRisk(long pupilId, String pupil, String className, String category) {
}
