package org.opora.core.impl.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.FlagPeriod;
import org.opora.core.impl.internal.support.Checks;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;

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
     * Checks that the flag may be set from the day; every objection at once.
     *
     * @throws ValidationException when it already applies ({@code flag}), the day is missing, in the future, before
     *                             the pupil's birth or inside (or before the end of) an earlier period of the same flag
     *                             ({@code setOn}); several together as one {@link org.opora.core.api.ValidationErrors}
     */
    public void checkSet(String flag, LocalDate on, LocalDate today, LocalDate birthDate) {
        Objections o = new Objections();
        LocalDate day = o.value(() -> setOn(on, today, birthDate));
        for (FlagPeriod p : periods) {
            if (!p.flag().equals(flag)) {
                continue;
            }
            if (p.open()) {
                o.check(() -> {
                    throw new ValidationException("flag", "core.error.flag.alreadySet");
                });
            } else if (day != null && day.isBefore(p.clearedOn())) {
                o.check(() -> {
                    throw new ValidationException("setOn", "core.error.flag.overlaps", FieldChecks.day(p.clearedOn()));
                });
            }
        }
        o.refuseAny();
    }

    private static LocalDate setOn(LocalDate on, LocalDate today, LocalDate birthDate) {
        if (on == null) {
            throw new ValidationException("setOn", "core.error.required");
        }
        if (on.isAfter(today)) {
            throw new ValidationException("setOn", "core.error.future");
        }
        if (on.isBefore(birthDate)) {
            throw new ValidationException("setOn", "core.error.flag.beforeBirth");
        }
        return on;
    }

    /**
     * The open period of the flag that clearing on the day closes; every objection at once.
     *
     * @throws ValidationException when the flag does not apply ({@code flag}), or the day is missing, in the future or
     *                             not after the day it was set ({@code clearedOn})
     */
    public FlagPeriod checkClear(String flag, LocalDate on, LocalDate today) {
        Objections o = new Objections();
        if (on == null) {
            o.check(() -> {
                throw new ValidationException("clearedOn", "core.error.required");
            });
        } else if (on.isAfter(today)) {
            o.check(() -> {
                throw new ValidationException("clearedOn", "core.error.future");
            });
        }
        FlagPeriod open = openPeriod(flag).orElse(null);
        if (open == null) {
            o.check(() -> {
                throw new ValidationException("flag", "core.error.flag.notSet");
            });
        } else if (on != null && !on.isAfter(open.setOn())) {
            o.check(() -> {
                throw new ValidationException("clearedOn", "core.error.flag.clearBeforeSet",
                        FieldChecks.day(open.setOn()));
            });
        }
        o.refuseAny();
        return open;
    }

    public Optional<FlagPeriod> openPeriod(String flag) {
        return periods.stream().filter(p -> p.flag().equals(flag) && p.open()).findFirst();
    }
}
