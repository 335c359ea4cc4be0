package org.opora.teachersupport.impl.internal.rules;

import org.opora.core.api.ValidationException;
import org.opora.teachersupport.api.help.HelpDraft;

/**
 * What the built-in forms of help need besides the common fields (regulation 004): an organised lesson visit comes
 * with its analysis (3.4: organised visits and analysis of lessons); help for a competition names its level (3.5: the school, the
 * city, the region, the country).
 */
public final class HelpFormRule {

    /** The built-in code of a lesson visit. */
    public static final String LESSON_VISIT = "lesson-visit";
    /** The built-in code of help preparing for a competition. */
    public static final String COMPETITION = "competition";

    private HelpFormRule() {
    }

    public static void check(HelpDraft d) {
        if (LESSON_VISIT.equals(d.form()) && d.content().isBlank()) {
            throw new ValidationException("content", "teachersupport.rule.analysisRequired");
        }
        if (COMPETITION.equals(d.form()) && d.competitionLevel() == null) {
            throw new ValidationException("competitionLevel", "teachersupport.rule.levelRequired");
        }
    }

    public static boolean competition(HelpDraft d) {
        return COMPETITION.equals(d.form());
    }
}
