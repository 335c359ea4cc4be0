package org.opora.core.impl.internal.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.core.api.pupil.FlagPeriod;
import org.opora.platform.persistence.IdentifiedEntity;

/** A period of a status flag; cleared by closing it, never by deleting it. */
@Entity
@Table(name = "PUPIL_FLAG")
public class FlagEntity extends IdentifiedEntity {

    @Column(name = "PUPIL_ID", nullable = false, updatable = false)
    private long pupilId;
    @Column(name = "FLAG", nullable = false, updatable = false)
    private String flag;
    @Column(name = "SET_ON", nullable = false, updatable = false)
    private LocalDate setOn;
    @Column(name = "CLEARED_ON")
    private LocalDate clearedOn;
    @Column(name = "NOTE", nullable = false)
    private String note;
    @Column(name = "SET_BY", nullable = false, updatable = false)
    private String setBy;
    @Column(name = "CLEARED_BY", nullable = false)
    private String clearedBy = "";

    protected FlagEntity() {
    }

    public FlagEntity(long pupilId, String flag, LocalDate setOn, String note, String setBy) {
        this.pupilId = pupilId;
        this.flag = flag;
        this.setOn = setOn;
        this.note = note;
        this.setBy = setBy;
    }

    public FlagPeriod toRecord() {
        return new FlagPeriod(getId(), flag, setOn, clearedOn, note, setBy, clearedBy);
    }

    public void clear(LocalDate on, String by) {
        clearedOn = on;
        clearedBy = by;
    }
}
