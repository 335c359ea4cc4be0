package org.opora.core.api.pupil;

/**
 * The editable data of a legal representative.
 *
 * @param fullName full name (FIO), required
 * @param relation relation code from the configured list
 * @param phone    phone: digits, spaces, brackets, dashes and a leading plus; may be empty
 * @param email    e-mail, may be empty
 */
public record RepresentativeDraft(String fullName, String relation, String phone, String email) {

    public RepresentativeDraft {
        fullName = fullName == null ? "" : fullName.strip();
        relation = relation == null ? "" : relation.strip();
        phone = phone == null ? "" : phone.strip();
        email = email == null ? "" : email.strip();
    }
}
