package org.opora.teachersupport.api.help;

import java.time.LocalDate;

/**
 * A form of help to record or correct as it happened (regulation 004, 3.3 to 3.5).
 *
 * @param form              a configured form of help (consultation, lesson visit, competition, individual or group
 *                          interview, the "free microphone", questionnaire …), required
 * @param date              the day, required, not in the future nor before the decision to support
 * @param providedById      the staff member who gave the help, or {@code null} for someone outside the staff
 * @param providedBy        their name when not on the staff (a specialist of another organisation); else ignored
 * @param topic             the question, the lesson visited, the competition …, required
 * @param content           what was done; for a lesson visit the analysis of the lesson, required for it
 * @param recommendations   the recommendations given, may be empty
 * @param competitionLevel  the competition's level, required for help with a competition, else ignored
 * @param competitionResult the competition's result, may be empty until it is known
 * @param direction         the direction of work (000 §3), a code of the core's list; empty for the one the form of
 *                          help gives ({@link HelpDirections#byForm}); since 1.1
 */
public record HelpDraft(String form, LocalDate date, Long providedById, String providedBy, String topic,
        String content, String recommendations, CompetitionLevel competitionLevel, String competitionResult,
        String direction) {

    public HelpDraft {
        form = form == null ? "" : form.strip();
        providedBy = providedBy == null ? "" : providedBy.strip();
        topic = topic == null ? "" : topic.strip();
        content = content == null ? "" : content.strip();
        recommendations = recommendations == null ? "" : recommendations.strip();
        competitionResult = competitionResult == null ? "" : competitionResult.strip();
        direction = direction == null ? "" : direction.strip();
    }

    /** Help whose direction its form gives: the form of 1.0. */
    public HelpDraft(String form, LocalDate date, Long providedById, String providedBy, String topic, String content,
            String recommendations, CompetitionLevel competitionLevel, String competitionResult) {
        this(form, date, providedById, providedBy, topic, content, recommendations, competitionLevel,
                competitionResult, "");
    }
}
