package org.opora.teachersupport.api.help;

import java.time.LocalDate;

/**
 * A form of help given to the supported teacher.
 *
 * @param id                record id
 * @param recordId          the support record
 * @param form              the form of help (a code of the settings' list)
 * @param date              the day
 * @param providedById      the staff member who gave it, or {@code null}
 * @param providedBy        their name as recorded
 * @param topic             the question, the lesson, the competition …
 * @param content           what was done (the lesson's analysis for a visit)
 * @param recommendations   the recommendations, may be empty
 * @param competitionLevel  the competition's level, or {@code null}
 * @param competitionResult the competition's result, may be empty
 * @param direction         the direction of work (000 §3), a code of the core's list; since 1.1
 * @param version           optimistic-lock version
 */
public record HelpEntry(long id, long recordId, String form, LocalDate date, Long providedById, String providedBy,
        String topic, String content, String recommendations, CompetitionLevel competitionLevel,
        String competitionResult, String direction, long version) {

    public HelpEntry {
        direction = direction == null || direction.isBlank() ? HelpDirections.byForm(form) : direction;
    }

    /** Help with the direction its form gives ({@link HelpDirections#byForm}): the form of 1.0. */
    public HelpEntry(long id, long recordId, String form, LocalDate date, Long providedById, String providedBy,
            String topic, String content, String recommendations, CompetitionLevel competitionLevel,
            String competitionResult, long version) {
        this(id, recordId, form, date, providedById, providedBy, topic, content, recommendations, competitionLevel,
                competitionResult, "", version);
    }
}
