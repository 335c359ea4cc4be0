package org.opora.core.impl.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.opora.core.api.agency.Agency;
import org.opora.core.api.agency.AgencyDraft;

/** An external agency. */
@Entity
@Table(name = "AGENCY")
public class AgencyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
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
    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    public void apply(AgencyDraft d) {
        kind = d.kind();
        name = d.name();
        address = d.address();
        phone = d.phone();
        email = d.email();
        contactPerson = d.contactPerson();
    }

    public Agency toRecord() {
        return new Agency(id, kind, name, address, phone, email, contactPerson, active, version);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
