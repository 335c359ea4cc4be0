package org.opora.teachersupport.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.teachersupport.api.diagnosis.DiagnosisEntry;
import org.opora.platform.persistence.RecordedEntity;

/** A diagnosis entry of a support record (regulation 004, section 4). */
@Entity
@Table(name = "DIAGNOSIS")
public class DiagnosisEntity extends RecordedEntity {

    @Column(name = "RECORD_ID", nullable = false, updatable = false)
    private long recordId;
    @Column(name = "DIAG_SOURCE", nullable = false)
    private String source;
    @Column(name = "ENTRY_DAY", nullable = false)
    private LocalDate date;
    @Column(name = "CONDUCTED_BY_ID", nullable = false)
    private long conductedById;
    @Column(name = "CONDUCTED_BY", nullable = false)
    private String conductedBy;
    @Column(name = "FINDINGS", nullable = false)
    private String findings;
    @Column(name = "PROBLEM_IDS", nullable = false)
    private String problemIds = "";

    protected DiagnosisEntity() {
    }

    public DiagnosisEntity(long recordId, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.recordId = recordId;
    }

    public void apply(String source, LocalDate date, long conductedById, String conductedBy, String findings,
            List<Long> problemIds) {
        this.source = source;
        this.date = date;
        this.conductedById = conductedById;
        this.conductedBy = conductedBy;
        this.findings = findings;
        this.problemIds = SupportRecordEntity.ids(problemIds);
    }

    public DiagnosisEntry toRecord() {
        return new DiagnosisEntry(getId(), recordId, source, date, conductedById, conductedBy, findings,
                SupportRecordEntity.ids(problemIds), getVersion());
    }

    public long getRecordId() {
        return recordId;
    }

    public List<Long> problemIds() {
        return SupportRecordEntity.ids(problemIds);
    }
}
