package org.opora.core.api.staff;

import java.util.List;

import org.opora.core.api.PersonName;

/**
 * The editable data of a staff member.
 *
 * @param name            full name (FIO)
 * @param position        position, required
 * @param specialistTypes specialist type codes from the configured list
 * @param username        platform account to link, or empty; one account links to one person
 * @param phone           work phone, may be empty
 * @param email           work e-mail, may be empty
 */
public record StaffDraft(PersonName name, String position, List<String> specialistTypes, String username,
        String phone, String email) {

    public StaffDraft {
        position = position == null ? "" : position.strip();
        specialistTypes = specialistTypes == null ? List.of() : List.copyOf(specialistTypes);
        username = username == null ? "" : username.strip();
        phone = phone == null ? "" : phone.strip();
        email = email == null ? "" : email.strip();
    }
}
