package org.opora.programmes.impl.internal.rules;

/**
 * The direction of work (000 §3: diagnostics, correctional-developmental work, education, counselling, prevention,
 * organisational-methodological work, social protection) a plan row belongs to when the curator chose none: a row
 * addressing the parents or the teaching staff is counselling, a row of social help (002: social help among the
 * directions of help) social protection, of medical help prevention, and any other row — the psychologist's,
 * defectologist's, speech therapist's or teacher's work with the pupil that the programme exists for —
 * correctional-developmental work. The same mapping gave the rows written before the direction was kept theirs
 * (changeset {@code programmes-4-work-direction}).
 */
public final class WorkDirectionRule {

    public static final String CORRECTION = "correction";
    public static final String COUNSELLING = "counselling";
    public static final String PREVENTION = "prevention";
    public static final String SOCIAL_PROTECTION = "social-protection";

    private WorkDirectionRule() {
    }

    /**
     * @param target        whom the row addresses (code: pupil, parents, staff)
     * @param helpDirection the row's direction of help (code of the 002 list), may be empty
     * @return the code of the core's list of directions the row belongs to
     */
    public static String derive(String target, String helpDirection) {
        if ("parents".equals(target) || "staff".equals(target)) {
            return COUNSELLING;
        }
        if ("social".equals(helpDirection)) {
            return SOCIAL_PROTECTION;
        }
        if ("medical".equals(helpDirection)) {
            return PREVENTION;
        }
        return CORRECTION;
    }
}
