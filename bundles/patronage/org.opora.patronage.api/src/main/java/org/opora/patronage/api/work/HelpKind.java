package org.opora.patronage.api.work;

/** The kinds of help patronage gives (003 sections 1.2 and 2.2). */
public enum HelpKind {
    PSYCHOLOGICAL_PEDAGOGICAL, SOCIAL, MEDICAL;

    /**
     * The direction of work (000 §3, a code of the core's list of directions) a work-plan row of this kind of help
     * is given unless the curator chooses another: psychological-pedagogical help to a pupil at risk is prevention
     * (000 §3: social-pedagogical and psychological prevention, forestalling maladjustment), social help is social
     * protection (000 §3: finding and supporting pupils who need social protection or guardianship), medical help is
     * counselling (000 §3: counselling on social-medical problems).
     *
     * @since 1.1
     */
    public String defaultDirection() {
        return switch (this) {
            case PSYCHOLOGICAL_PEDAGOGICAL -> "prevention";
            case SOCIAL -> "social-protection";
            case MEDICAL -> "counselling";
        };
    }
}
