package org.opora.patronage.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.patronage.api.team.Assignment;
import org.opora.platform.persistence.RecordedEntity;

/** A specialist involved in a case with a request, and the outcome once reported. */
@Entity
@Table(name = "ASSIGNMENT")
public class AssignmentEntity extends RecordedEntity {

    @Column(name = "CASE_ID", nullable = false, updatable = false)
    private long caseId;
    @Column(name = "SPECIALIST_TYPE", nullable = false, updatable = false)
    private String specialistType;
    @Column(name = "STAFF_ID", updatable = false)
    private Long staffId;
    @Column(name = "SPECIALIST", nullable = false, updatable = false)
    private String specialist;
    @Column(name = "REQUEST_TEXT", nullable = false, updatable = false)
    private String request;
    @Column(name = "REQUESTED_ON", nullable = false, updatable = false)
    private LocalDate requestedOn;
    @Column(name = "OUTCOME", nullable = false)
    private String outcome = "";
    @Column(name = "OUTCOME_ON")
    private LocalDate outcomeOn;

    protected AssignmentEntity() {
    }

    public AssignmentEntity(long caseId, String specialistType, Long staffId, String specialist, String request,
            LocalDate requestedOn, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.caseId = caseId;
        this.specialistType = specialistType;
        this.staffId = staffId;
        this.specialist = specialist;
        this.request = request;
        this.requestedOn = requestedOn;
    }

    public void outcome(String outcome, LocalDate on) {
        this.outcome = outcome;
        this.outcomeOn = on;
    }

    public Assignment toRecord() {
        return new Assignment(getId(), caseId, specialistType, staffId, specialist, request, requestedOn, outcome,
                outcomeOn, getVersion());
    }

    public long getCaseId() {
        return caseId;
    }

    public Long getStaffId() {
        return staffId;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }
}
