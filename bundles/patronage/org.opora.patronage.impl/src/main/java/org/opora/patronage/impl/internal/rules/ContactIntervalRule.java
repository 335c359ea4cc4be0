package org.opora.patronage.impl.internal.rules;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The curator keeps constant contact with the pupil and the family (003 section 3.3); a school may say how often:
 * at least every N days after the last contact (or after the case was opened, before the first). Zero days: no such
 * rule.
 */
public final class ContactIntervalRule {

    private final int days;

    public ContactIntervalRule(int days) {
        this.days = Math.max(0, days);
    }

    public int days() {
        return days;
    }

    /** The day the next contact is due, or empty without the rule. */
    public Optional<LocalDate> nextDue(LocalDate openedOn, LocalDate lastContact) {
        if (days == 0) {
            return Optional.empty();
        }
        LocalDate from = lastContact == null || lastContact.isBefore(openedOn) ? openedOn : lastContact;
        return Optional.of(from.plusDays(days));
    }

    /** Whether a contact is due on the day: the due day has come and no contact was logged since. */
    public boolean dueOn(LocalDate openedOn, LocalDate lastContact, LocalDate day) {
        return nextDue(openedOn, lastContact).map(due -> !day.isBefore(due)).orElse(false);
    }
}
