package org.opora.programmes.impl.internal.rules;

import java.time.LocalDate;
import java.util.List;

import org.opora.core.support.FieldChecks;
import org.opora.programmes.api.ProgrammeState;

/**
 * Consultations with the school's specialists are held with the parents at any stage of preparing the individual
 * plan (regulation 001, §4.6): they are recorded (and a wrong one removed) until the plan is closed, dated on a day
 * that has come and not before the year the plan was opened in (the consultations before the opening belong to the
 * same preparation).
 */
public final class ConsultationRule {

    static final String CLOSED = "programmes.rule.consultation.closed";
    static final String TOO_EARLY = "programmes.rule.consultation.tooEarly";

    /** The first day a consultation of a plan opened on the day given may be dated: 1 January of that year. */
    public static LocalDate earliest(LocalDate openedOn) {
        return openedOn.withDayOfYear(1);
    }

    /** Whether consultations may still be recorded or removed on a plan in the state. */
    public List<Violation> checkOpen(ProgrammeState state) {
        return state.isFinal() ? List.of(Violation.of("", CLOSED)) : List.of();
    }

    /** The day of the consultation against the plan's opening. */
    public List<Violation> checkDay(LocalDate on, LocalDate openedOn) {
        if (on != null && openedOn != null && on.isBefore(earliest(openedOn))) {
            return List.of(Violation.of("on", TOO_EARLY, FieldChecks.day(earliest(openedOn))));
        }
        return List.of();
    }

    /** @throws org.opora.core.api.ValidationException citing §4.6 */
    public void requireOpen(ProgrammeState state) {
        Violation.requireNone(checkOpen(state));
    }

    /** @throws org.opora.core.api.ValidationException citing §4.6 */
    public void requireDay(LocalDate on, LocalDate openedOn) {
        Violation.requireNone(checkDay(on, openedOn));
    }
}
