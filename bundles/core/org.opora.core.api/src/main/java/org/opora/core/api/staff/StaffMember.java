package org.opora.core.api.staff;

import java.util.List;

import org.opora.core.api.PersonName;

/**
 * A member of the school's staff.
 *
 * @param id              record id
 * @param name            full name (FIO)
 * @param position        position as in the staff list (dolzhnost)
 * @param specialistTypes specialist type codes from the configured list; may be several
 * @param username        the linked platform account, or empty
 * @param phone           work phone, may be empty
 * @param email           work e-mail, may be empty
 * @param active          whether the person still works at the school
 * @param version         optimistic-lock version
 */
public record StaffMember(long id, PersonName name, String position, List<String> specialistTypes, String username,
        String phone, String email, boolean active, long version) {

    public StaffMember {
        specialistTypes = List.copyOf(specialistTypes);
    }

    public boolean is(String specialistType) {
        return specialistTypes.contains(specialistType);
    }
}
