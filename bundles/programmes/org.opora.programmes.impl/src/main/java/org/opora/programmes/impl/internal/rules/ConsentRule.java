package org.opora.programmes.impl.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A programme starts only with the parents' consent (regulation 002, the final part of a programme: "the parents
 * (legal representatives) acquainted with the programme and their consent to it"; the form's line "acquainted with
 * the programme, agree to take part in it"). The consent is recorded with its day (not in the
 * future, not after the programme's first day) and who gave it. A recorded refusal blocks the start with its own
 * message. With {@code consentRequiredBeforeStart} off, a programme may start without a recorded answer; a
 * recorded refusal still blocks it, since the programme is carried out with the family's agreement (002: "taking
 * into account ... the wish and consent of the pupil and the family").
 */
public final class ConsentRule {

    static final String MISSING = "programmes.rule.consent.missing";
    static final String REFUSED = "programmes.rule.consent.refused";
    static final String NO_DATE = "programmes.rule.consent.noDate";
    static final String NO_WHO = "programmes.rule.consent.noWho";
    static final String FUTURE = "programmes.rule.consent.future";
    static final String AFTER_START = "programmes.rule.consent.afterStart";

    /**
     * The parents' recorded answer.
     *
     * @param given whether they consented (false: they refused)
     * @param date  the day of the answer
     * @param by    who answered (a parent's or legal representative's name)
     */
    public record Answer(boolean given, LocalDate date, String by) {

        public Answer {
            by = by == null ? "" : by.strip();
        }
    }

    private final boolean required;

    public ConsentRule(boolean required) {
        this.required = required;
    }

    /**
     * What stands in the way of starting the programme.
     *
     * @param answer         the recorded answer, or null when there is none
     * @param programmeStart the programme's first day, or null when not set yet
     */
    public List<Violation> check(Answer answer, LocalDate programmeStart, LocalDate today) {
        if (answer == null) {
            return required ? List.of(Violation.of("consent", MISSING)) : List.of();
        }
        if (!answer.given()) {
            return List.of(Violation.of("consent", REFUSED));
        }
        List<Violation> found = new ArrayList<>();
        if (answer.date() == null) {
            found.add(Violation.of("consentDate", NO_DATE));
        } else if (answer.date().isAfter(today)) {
            found.add(Violation.of("consentDate", FUTURE));
        } else if (programmeStart != null && answer.date().isAfter(programmeStart)) {
            found.add(Violation.of("consentDate", AFTER_START));
        }
        if (answer.by().isEmpty()) {
            found.add(Violation.of("consentBy", NO_WHO));
        }
        return found;
    }

    /** @throws org.opora.core.api.ValidationException citing the clause of the first violation */
    public void require(Answer answer, LocalDate programmeStart, LocalDate today) {
        Violation.requireNone(check(answer, programmeStart, today));
    }
}
