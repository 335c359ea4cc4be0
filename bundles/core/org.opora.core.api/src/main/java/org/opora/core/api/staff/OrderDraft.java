package org.opora.core.api.staff;

import java.time.LocalDate;

/**
 * The data of an order to register.
 *
 * @param number  number, required; unique within the calendar year of its date
 * @param date    date, required, not in the future
 * @param title   title, required
 * @param subject what it appoints or approves, may be empty
 */
public record OrderDraft(String number, LocalDate date, String title, String subject) {

    public OrderDraft {
        number = number == null ? "" : number.strip();
        title = title == null ? "" : title.strip();
        subject = subject == null ? "" : subject.strip();
    }
}
