package org.opora.core.impl.internal.model;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.core.api.PersonName;
import org.opora.core.api.staff.StaffDraft;
import org.opora.core.api.staff.StaffMember;
import org.opora.platform.persistence.VersionedEntity;

/** A staff member. Specialist types are stored as a comma-separated list of codes. */
@Entity
@Table(name = "STAFF")
public class StaffEntity extends VersionedEntity {

    @Column(name = "SURNAME", nullable = false)
    private String surname;
    @Column(name = "GIVEN_NAME", nullable = false)
    private String givenName;
    @Column(name = "PATRONYMIC", nullable = false)
    private String patronymic;
    @Column(name = "SEARCH_NAME", nullable = false)
    private String searchName;
    @Column(name = "POSITION_TITLE", nullable = false)
    private String position;
    @Column(name = "SPECIALIST_TYPES", nullable = false)
    private String specialistTypes;
    @Column(name = "USERNAME")
    private String username;
    @Column(name = "PHONE", nullable = false)
    private String phone;
    @Column(name = "EMAIL", nullable = false)
    private String email;
    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    public void apply(StaffDraft d) {
        surname = d.name().surname();
        givenName = d.name().name();
        patronymic = d.name().patronymic();
        searchName = Names.searchKey(d.name());
        position = d.position();
        specialistTypes = String.join(",", d.specialistTypes());
        username = d.username().isEmpty() ? null : d.username();
        phone = d.phone();
        email = d.email();
    }

    public StaffMember toRecord() {
        return new StaffMember(getId(), name(), position, types(), username == null ? "" : username, phone, email, active,
                getVersion());
    }

    public PersonName name() {
        return new PersonName(surname, givenName, patronymic);
    }

    public List<String> types() {
        return specialistTypes.isEmpty() ? List.of() : Arrays.asList(specialistTypes.split(","));
    }

    public String getUsername() {
        return username;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
