package org.opora.teachersupport.api.help;

import java.util.Set;

/**
 * The direction of work (000 §3, a code of the core's list of directions) a form of help to a teacher is given unless
 * whoever records it chooses another. Help to a teacher is the service's work with the participants of education:
 * a consultation, an interview or the "free microphone" is counselling (000 §3: counselling of the participants on
 * questions of development, upbringing and teaching); a questionnaire is diagnostics (the study of the
 * social-psychological climate); help with the route, a lesson visit with its analysis, help with a competition and
 * any form a school adds are organisational-methodological work (000 §3: methodological work, seminars and
 * workshops).
 *
 * @since 1.1
 */
public final class HelpDirections {

    /** The forms of help of the built-in list that are counselling. */
    private static final Set<String> COUNSELLING = Set.of("consultation", "interview-individual", "interview-group",
            "free-microphone");

    private HelpDirections() {
    }

    /** The code of the core's list of directions for a code of the list of forms of help. */
    public static String byForm(String form) {
        String f = form == null ? "" : form.strip();
        if (COUNSELLING.contains(f)) {
            return "counselling";
        }
        return "questionnaire".equals(f) ? "diagnostics" : "methodology";
    }
}
