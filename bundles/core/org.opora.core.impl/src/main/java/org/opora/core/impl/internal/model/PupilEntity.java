package org.opora.core.impl.internal.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;
import org.opora.core.api.pupil.Pupil;
import org.opora.platform.persistence.VersionedEntity;

/** A pupil. The class of each academic year is a {@link PlacementEntity}; pupils are archived, never deleted. */
@Entity
@Table(name = "PUPIL")
public class PupilEntity extends VersionedEntity {

    @Column(name = "SURNAME", nullable = false)
    private String surname;
    @Column(name = "GIVEN_NAME", nullable = false)
    private String givenName;
    @Column(name = "PATRONYMIC", nullable = false)
    private String patronymic;
    @Column(name = "SEARCH_NAME", nullable = false)
    private String searchName;
    @Column(name = "BIRTH_DATE", nullable = false)
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "SEX", nullable = false)
    private Sex sex;
    @Column(name = "ARCHIVED", nullable = false)
    private boolean archived;
    @Column(name = "LEFT_ON")
    private LocalDate leftOn;
    @Column(name = "LEFT_REASON", nullable = false)
    private String leftReason = "";

    public void update(PersonName name, LocalDate birthDate, Sex sex) {
        this.surname = name.surname();
        this.givenName = name.name();
        this.patronymic = name.patronymic();
        this.searchName = Names.searchKey(name);
        this.birthDate = birthDate;
        this.sex = sex;
    }

    /** The record with the class of the current year, if the pupil has one. */
    public Pupil toRecord(ClassEntity current) {
        return new Pupil(getId(), name(), birthDate, sex, current == null ? null : current.getId(),
                current == null ? "" : current.name(),
                current == null || current.getClassTeacher() == null ? null : current.getClassTeacher().getId(),
                current == null ? "" : current.teacherName(), archived, getVersion());
    }

    public PersonName name() {
        return new PersonName(surname, givenName, patronymic);
    }

    public void archive(LocalDate on, String reason) {
        archived = true;
        leftOn = on;
        leftReason = reason;
    }

    public void restore() {
        archived = false;
        leftOn = null;
        leftReason = "";
    }

    public boolean isArchived() {
        return archived;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public String getLeftReason() {
        return leftReason;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }
}
