package org.opora.teachersupport.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.teachersupport.api.route.Checkpoint;
import org.opora.teachersupport.api.route.CheckpointDraft;
import org.opora.teachersupport.api.route.CheckpointResult;
import org.opora.teachersupport.api.route.CheckpointState;
import org.opora.platform.persistence.RecordedEntity;

/** A checkpoint of a record's route (regulation 004, 3.2). */
@Entity
@Table(name = "CHECKPOINT")
public class CheckpointEntity extends RecordedEntity {

    @Column(name = "RECORD_ID", nullable = false, updatable = false)
    private long recordId;
    @Column(name = "KIND", nullable = false)
    private String kind;
    @Column(name = "DESCRIPTION", nullable = false)
    private String description;
    @Column(name = "DUE_DAY", nullable = false)
    private LocalDate due;
    @Column(name = "DONE_ON")
    private LocalDate doneOn;
    @Column(name = "CHECK_RESULT", nullable = false)
    private String result = "";
    @Column(name = "EVIDENCE", nullable = false)
    private String evidence = "";

    protected CheckpointEntity() {
    }

    public CheckpointEntity(long recordId, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.recordId = recordId;
    }

    public void apply(CheckpointDraft d) {
        kind = d.kind();
        description = d.description();
        due = d.due();
    }

    public void result(CheckpointResult r) {
        doneOn = r.doneOn();
        result = r.result();
        evidence = r.evidence();
    }

    public Checkpoint toRecord(CheckpointState state) {
        return new Checkpoint(getId(), recordId, kind, description, due, doneOn, result, evidence, state,
                getVersion());
    }

    public long getRecordId() {
        return recordId;
    }

    public LocalDate getDue() {
        return due;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
