package org.opora.core.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.core.api.document.DestructionAct;
import org.opora.platform.persistence.IdentifiedEntity;
import org.opora.platform.persistence.InstantConverter;

/** An act of destruction of documents past their retention period; the documents point at it. */
@Entity
@Table(name = "DESTRUCTION_ACT")
public class DestructionActEntity extends IdentifiedEntity {

    @Column(name = "ACT_NUMBER", nullable = false, updatable = false)
    private String number;
    @Column(name = "ACT_DATE", nullable = false, updatable = false)
    private LocalDate date;
    @Column(name = "COMMISSION", nullable = false, updatable = false)
    private String commission;
    @Convert(converter = InstantConverter.class)
    @Column(name = "RECORDED_AT", nullable = false, updatable = false)
    private Instant recordedAt;
    @Column(name = "RECORDED_BY", nullable = false, updatable = false)
    private String recordedBy;

    protected DestructionActEntity() {
    }

    public DestructionActEntity(String number, LocalDate date, String commission, Instant recordedAt,
            String recordedBy) {
        this.number = number;
        this.date = date;
        this.commission = commission;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public DestructionAct toRecord() {
        return new DestructionAct(getId(), number, date, commission, recordedAt, recordedBy);
    }
}
