package org.opora.programmes.api.programme;

import java.time.LocalDate;

import org.opora.programmes.api.ProgrammeState;

/**
 * A line of the programmes list or of the pupil card. For a user who may only know that a programme exists (a class
 * teacher), {@code contentVisible} is {@code false} and only the pupil, the state, the period and the curator are
 * given: the rest of the programme stays with the people the regulation names.
 *
 * @param id             the programme
 * @param pupilId        the pupil
 * @param pupilName      their name
 * @param className      their class when written
 * @param state          where it stands
 * @param start          first day
 * @param end            last day
 * @param curatorName    the curator
 * @param overdueRows    plan rows past their period and not done (0 when the content is not visible)
 * @param contentVisible whether the user may open the programme
 */
public record ProgrammeSummary(long id, long pupilId, String pupilName, String className, ProgrammeState state,
        LocalDate start, LocalDate end, String curatorName, int overdueRows, boolean contentVisible) {
}
