package org.opora.teachersupport.impl.internal.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.teachersupport.api.conclusion.OutcomeDraft;
import org.opora.teachersupport.api.conclusion.ProblemOutcome;
import org.opora.teachersupport.api.record.Problem;
import org.opora.platform.persistence.RecordedEntity;

/** An identified problem of the teacher, with its row of the general conclusion (state before and after …). */
@Entity
@Table(name = "PROBLEM")
public class ProblemEntity extends RecordedEntity {

    @Column(name = "RECORD_ID", nullable = false, updatable = false)
    private long recordId;
    @Column(name = "POSITION", nullable = false)
    private int position;
    @Column(name = "DIFFICULTY_TYPE", nullable = false)
    private String difficultyType;
    @Column(name = "DESCRIPTION", nullable = false)
    private String description;
    @Column(name = "STATE_BEFORE", nullable = false)
    private String before = "";
    @Column(name = "STATE_AFTER", nullable = false)
    private String after = "";
    @Column(name = "DIAG_METHOD", nullable = false)
    private String method = "";
    @Column(name = "CONCLUSIONS", nullable = false)
    private String conclusions = "";

    protected ProblemEntity() {
    }

    public ProblemEntity(long recordId, int position, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.recordId = recordId;
        this.position = position;
    }

    public void describe(String difficultyType, String description) {
        this.difficultyType = difficultyType;
        this.description = description;
    }

    public void outcome(OutcomeDraft d) {
        before = d.before();
        after = d.after();
        method = d.method();
        conclusions = d.conclusions();
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public Problem toRecord() {
        return new Problem(getId(), recordId, position, difficultyType, description, getVersion());
    }

    public ProblemOutcome toOutcome() {
        return new ProblemOutcome(getId(), position, difficultyType, description, before, after, method, conclusions,
                getVersion());
    }

    public long getRecordId() {
        return recordId;
    }

    public int getPosition() {
        return position;
    }

    public String getDifficultyType() {
        return difficultyType;
    }

    public String getDescription() {
        return description;
    }
}
