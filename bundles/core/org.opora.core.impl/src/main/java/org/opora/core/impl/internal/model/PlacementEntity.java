package org.opora.core.impl.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.opora.core.api.pupil.Placement;
import org.opora.platform.persistence.IdentifiedEntity;

/**
 * The class a pupil is in during one academic year; one per pupil and year, kept when the pupil moves up. It also
 * carries whether its pupil is archived (a copy of {@link PupilEntity#isArchived()}, kept by
 * {@code PupilQueries.archive} and {@code restore}): the lists of the current pupils count and page the
 * placements of a year without joining each with its pupil, which on a district's 50 000 pupils cost a Derby index
 * probe per placement (about 0.4 s of CPU for the count alone).
 */
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
    @Column(name = "PUPIL_ARCHIVED", nullable = false)
    private boolean pupilArchived;

    protected PlacementEntity() {
    }

    public PlacementEntity(PupilEntity pupil, ClassEntity schoolClass) {
        this.pupil = pupil;
        this.schoolClass = schoolClass;
        this.year = schoolClass.year().startYear();
        this.pupilArchived = pupil.isArchived();
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

    /** Keeps the copy of the pupil's archived state (only {@code PupilQueries} calls it, with the pupil's). */
    public void pupilArchived(boolean archived) {
        this.pupilArchived = archived;
    }

    public void moveTo(ClassEntity other) {
        this.schoolClass = other;
        this.year = other.year().startYear();
    }
}
