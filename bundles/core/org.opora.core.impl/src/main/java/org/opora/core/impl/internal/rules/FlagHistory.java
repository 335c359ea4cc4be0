package org.opora.core.impl.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.FlagPeriod;
import org.opora.core.impl.internal.support.Checks;
import org.opora.core.support.FieldChecks;

/**
 * The history of a pupil's status flags (OVZ, disability, giftedness, at-risk group, guardianship): a flag applies over
 * periods that never overlap, each opened on a day and closed on a later day; history is never rewritten.
 */
public final class FlagHistory {

    private final List<FlagPeriod> periods;

    public FlagHistory(List<FlagPeriod> periods) {
        this.periods = List.copyOf(periods);
    }

    /**
     * Checks that the flag may be set from the day.
     *
     * @throws ValidationException when it already applies, the day is in the future, before the pupil's birth or
     *                             inside (or before the end of) an earlier period of the same flag
     */
    public void checkSet(String flag, LocalDate on, LocalDate today, LocalDate birthDate) {
        if (on == null) {
            throw new ValidationException("setOn", "core.error.required");
        }
        if (on.isAfter(today)) {
            throw new ValidationException("setOn", "core.error.future");
        }
        if (on.isBefore(birthDate)) {
            throw new ValidationException("setOn", "core.error.flag.beforeBirth");
        }
        for (FlagPeriod p : periods) {
            if (!p.flag().equals(flag)) {
                continue;
            }
            if (p.open()) {
                throw new ValidationException("flag", "core.error.flag.alreadySet");
            }
            if (on.isBefore(p.clearedOn())) {
                throw new ValidationException("setOn", "core.error.flag.overlaps", FieldChecks.day(p.clearedOn()));
            }
        }
    }

    /**
     * The open period of the flag that clearing on the day closes.
     *
     * @throws ValidationException when the flag does not apply, or the day is in the future or before it was set
     */
    public FlagPeriod checkClear(String flag, LocalDate on, LocalDate today) {
        if (on == null) {
            throw new ValidationException("clearedOn", "core.error.required");
        }
        FlagPeriod open = openPeriod(flag)
                .orElseThrow(() -> new ValidationException("flag", "core.error.flag.notSet"));
        if (on.isAfter(today)) {
            throw new ValidationException("clearedOn", "core.error.future");
        }
        if (!on.isAfter(open.setOn())) {
            throw new ValidationException("clearedOn", "core.error.flag.clearBeforeSet", FieldChecks.day(open.setOn()));
        }
        return open;
    }

    public Optional<FlagPeriod> openPeriod(String flag) {
        return periods.stream().filter(p -> p.flag().equals(flag) && p.open()).findFirst();
    }
}
