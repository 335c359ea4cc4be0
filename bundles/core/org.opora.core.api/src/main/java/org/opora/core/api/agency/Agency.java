package org.opora.core.api.agency;

/**
 * An external agency or organisation: guardianship body, KDN i ZP, health, social protection, police, KCSON, NGO.
 *
 * @param id            record id
 * @param kind          kind code from the configured list
 * @param name          name
 * @param address       address, may be empty
 * @param phone         phone, may be empty
 * @param email         e-mail, may be empty
 * @param contactPerson the contact person, may be empty
 * @param active        whether the school still works with it
 * @param version       optimistic-lock version
 */
public record Agency(long id, String kind, String name, String address, String phone, String email,
        String contactPerson, boolean active, long version) {
}
