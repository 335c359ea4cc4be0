package org.opora.patronage.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.patronage.api.legal.CourtHearing;
import org.opora.patronage.api.legal.CourtHearingDraft;
import org.opora.platform.persistence.RecordedEntity;

/** A hearing in which the school represented the pupil's interests. */
@Entity
@Table(name = "COURT_HEARING")
public class CourtHearingEntity extends RecordedEntity {

    @Column(name = "CASE_ID", nullable = false, updatable = false)
    private long caseId;
    @Column(name = "HEARING_DAY", nullable = false)
    private LocalDate date;
    @Column(name = "COURT", nullable = false)
    private String court;
    @Column(name = "MATTER", nullable = false)
    private String matter;
    @Column(name = "REPRESENTATIVE", nullable = false)
    private String representative;
    @Column(name = "OUTCOME", nullable = false)
    private String outcome;

    protected CourtHearingEntity() {
    }

    public CourtHearingEntity(long caseId, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.caseId = caseId;
    }

    /** Takes the draft's values (checked by the service). */
    public void apply(CourtHearingDraft d) {
        this.date = d.date();
        this.court = d.court();
        this.matter = d.matter();
        this.representative = d.representative();
        this.outcome = d.outcome();
    }

    public CourtHearing toRecord() {
        return new CourtHearing(getId(), caseId, date, court, matter, representative, outcome, getVersion());
    }

    public long getCaseId() {
        return caseId;
    }
}
