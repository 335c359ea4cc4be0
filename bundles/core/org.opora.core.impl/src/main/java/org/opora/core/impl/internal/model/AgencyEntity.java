package org.opora.core.impl.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.core.api.agency.Agency;
import org.opora.core.api.agency.AgencyDraft;
import org.opora.platform.persistence.VersionedEntity;

/** An external agency. */
@Entity
@Table(name = "AGENCY")
public class AgencyEntity extends VersionedEntity {

    @Column(name = "KIND", nullable = false)
    private String kind;
    @Column(name = "NAME", nullable = false)
    private String name;
    @Column(name = "ADDRESS", nullable = false)
    private String address;
    @Column(name = "PHONE", nullable = false)
    private String phone;
    @Column(name = "EMAIL", nullable = false)
    private String email;
    @Column(name = "CONTACT_PERSON", nullable = false)
    private String contactPerson;
    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    public void apply(AgencyDraft d) {
        kind = d.kind();
        name = d.name();
        address = d.address();
        phone = d.phone();
        email = d.email();
        contactPerson = d.contactPerson();
    }

    public Agency toRecord() {
        return new Agency(getId(), kind, name, address, phone, email, contactPerson, active, getVersion());
    }

    public String getName() {
        return name;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
