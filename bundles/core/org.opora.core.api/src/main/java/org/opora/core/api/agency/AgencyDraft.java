package org.opora.core.api.agency;

/**
 * The editable data of an agency.
 *
 * @param kind          kind code
 * @param name          name, required
 * @param address       address
 * @param phone         phone
 * @param email         e-mail
 * @param contactPerson contact person
 */
public record AgencyDraft(String kind, String name, String address, String phone, String email,
        String contactPerson) {

    public AgencyDraft {
        name = name == null ? "" : name.strip();
        address = address == null ? "" : address.strip();
        phone = phone == null ? "" : phone.strip();
        email = email == null ? "" : email.strip();
        contactPerson = contactPerson == null ? "" : contactPerson.strip();
    }
}
