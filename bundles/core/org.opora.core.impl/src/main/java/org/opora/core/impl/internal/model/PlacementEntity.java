package org.opora.core.impl.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.opora.core.api.pupil.Placement;
import org.opora.platform.persistence.IdentifiedEntity;

/** The class a pupil is in during one academic year; one per pupil and year, kept when the pupil moves up. */
@Entity
@Table(name = "PLACEMENT")
public class PlacementEntity extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PUPIL_ID", nullable = false)
    private PupilEntity pupil;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "CLASS_ID", nullable = false)
    private ClassEntity schoolClass;
    @Column(name = "ACADEMIC_YEAR", nullable = false)
    private int year;

    protected PlacementEntity() {
    }

    public PlacementEntity(PupilEntity pupil, ClassEntity schoolClass) {
        this.pupil = pupil;
        this.schoolClass = schoolClass;
        this.year = schoolClass.year().startYear();
    }

    public Placement toRecord() {
        return new Placement(schoolClass.year(), schoolClass.getId(), schoolClass.name());
    }

    public PupilEntity getPupil() {
        return pupil;
    }

    public ClassEntity getSchoolClass() {
        return schoolClass;
    }

    public void moveTo(ClassEntity other) {
        this.schoolClass = other;
        this.year = other.year().startYear();
    }
}
