package org.opora.programmes.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.platform.persistence.IdentifiedEntity;
import org.opora.platform.persistence.InstantConverter;
import org.opora.programmes.api.plan.Consultation;

/**
 * A consultation with a specialist of the school held with the parents while an individual plan is prepared or
 * carried out (001 section 4.6), with the service's direction of work (000 section 3).
 */
@Entity
@Table(name = "PLAN_CONSULTATION")
public class ConsultationEntity extends IdentifiedEntity {

    @Column(name = "PLAN_ID", nullable = false, updatable = false)
    private long planId;
    @Column(name = "HELD_ON", nullable = false)
    private LocalDate on;
    @Column(name = "SPECIALIST_ID", nullable = false)
    private long specialistId;
    @Column(name = "SPECIALIST_NAME", nullable = false)
    private String specialistName;
    @Column(name = "REPRESENTATIVE", nullable = false)
    private String representative;
    @Column(name = "SUBJECT", nullable = false)
    private String subject;
    @Column(name = "WORK_DIRECTION", nullable = false)
    private String workDirection;
    @Column(name = "RECORDED_BY", nullable = false)
    private String recordedBy;
    @Column(name = "RECORDED_BY_NAME", nullable = false)
    private String recordedByName;
    @Convert(converter = InstantConverter.class)
    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    protected ConsultationEntity() {
    }

    /** A checked consultation of the plan, recorded by the login and name given. */
    public ConsultationEntity(long planId, Consultation c, String recordedBy, Instant recordedAt) {
        this.planId = planId;
        this.on = c.on();
        this.specialistId = c.specialistId();
        this.specialistName = c.specialistName();
        this.representative = c.representative();
        this.subject = c.subject();
        this.workDirection = c.workDirection();
        this.recordedBy = recordedBy;
        this.recordedByName = c.recordedBy();
        this.recordedAt = recordedAt;
    }

    public Consultation toRecord() {
        return new Consultation(getId(), on, specialistId, specialistName, representative, subject, workDirection,
                recordedByName);
    }

    public long getPlanId() {
        return planId;
    }

    public LocalDate getOn() {
        return on;
    }

    public String getWorkDirection() {
        return workDirection;
    }

    public String getSubject() {
        return subject;
    }

    public String getSpecialistName() {
        return specialistName;
    }
}
