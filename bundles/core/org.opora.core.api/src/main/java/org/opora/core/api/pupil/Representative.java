package org.opora.core.api.pupil;

/**
 * A legal representative (parent or other legal representative) of a pupil.
 *
 * @param id       record id
 * @param fullName full name (FIO)
 * @param relation relation code from the configured list (mother, father, guardian …)
 * @param phone    phone, may be empty
 * @param email    e-mail, may be empty
 * @param version  optimistic-lock version
 */
public record Representative(long id, String fullName, String relation, String phone, String email, long version) {
}
