package org.opora.programmes.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.platform.persistence.IdentifiedEntity;
import org.opora.platform.persistence.InstantConverter;
import org.opora.programmes.api.programme.Observation;

/** The curator's note on the pupil's state: append-only, never changed. */
@Entity
@Table(name = "OBSERVATION")
public class ObservationEntity extends IdentifiedEntity {

    @Column(name = "PROGRAMME_ID", nullable = false, updatable = false)
    private long programmeId;
    @Column(name = "OBSERVED_ON", nullable = false, updatable = false)
    private LocalDate date;
    @Column(name = "TEXT_BODY", nullable = false, updatable = false)
    private String text;
    @Column(name = "BY_LOGIN", nullable = false, updatable = false)
    private String by;
    @Column(name = "BY_NAME", nullable = false, updatable = false)
    private String byName;
    @Convert(converter = InstantConverter.class)
    @Column(name = "RECORDED_AT", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ObservationEntity() {
    }

    public ObservationEntity(long programmeId, LocalDate date, String text, String by, String byName,
            Instant recordedAt) {
        this.programmeId = programmeId;
        this.date = date;
        this.text = text;
        this.by = by;
        this.byName = byName;
        this.recordedAt = recordedAt;
    }

    public Observation toRecord() {
        return new Observation(getId(), programmeId, date, text, byName, recordedAt);
    }
}
