package org.opora.patronage.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.core.api.ValidationException;
import org.opora.platform.persistence.RecordedEntity;

/** A pupil's patronage case. The pupil's name is recorded for the list and its search; the rest is the core's. */
@Entity
@Table(name = "PATRONAGE_CASE")
public class CaseEntity extends RecordedEntity {

    @Column(name = "PUPIL_ID", nullable = false, updatable = false)
    private long pupilId;
    @Column(name = "PUPIL_NAME", nullable = false)
    private String pupilName;
    @Column(name = "CATEGORY", nullable = false)
    private String category;
    @Column(name = "GROUNDS", nullable = false)
    private String grounds;
    @Column(name = "OPENED_ON", nullable = false)
    private LocalDate openedOn;
    @Column(name = "OPENED_BY", nullable = false, updatable = false)
    private String openedBy;
    @Column(name = "CLOSED_ON")
    private LocalDate closedOn;
    @Column(name = "CLOSING_REASON", nullable = false)
    private String closingReason = "";

    protected CaseEntity() {
    }

    public CaseEntity(long pupilId, String pupilName, String openedBy, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.pupilId = pupilId;
        this.pupilName = pupilName;
        this.openedBy = openedBy;
    }

    public void describe(String pupilName, String category, String grounds, LocalDate openedOn) {
        this.pupilName = pupilName;
        this.category = category;
        this.grounds = grounds;
        this.openedOn = openedOn;
    }

    public void close(LocalDate on, String reason) {
        this.closedOn = on;
        this.closingReason = reason;
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    /** The case, if it is open; a closed case is read-only: refused on the field (empty for the whole record). */
    public CaseEntity requireOpen(String field) {
        if (closedOn != null) {
            throw new ValidationException(field, "patronage.error.closed");
        }
        return this;
    }

    public CaseEntity requireOpen() {
        return requireOpen("");
    }

    public long getPupilId() {
        return pupilId;
    }

    public String getPupilName() {
        return pupilName;
    }

    public String getCategory() {
        return category;
    }

    public String getGrounds() {
        return grounds;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getClosingReason() {
        return closingReason;
    }
}
