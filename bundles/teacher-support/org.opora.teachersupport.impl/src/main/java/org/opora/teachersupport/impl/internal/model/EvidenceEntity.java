package org.opora.teachersupport.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opora.teachersupport.api.help.Evidence;
import org.opora.teachersupport.api.help.EvidenceDraft;
import org.opora.teachersupport.api.help.EvidenceStage;
import org.opora.platform.persistence.RecordedEntity;

/** Evidence of a support record (regulation 004, 5.2); its file, if any, is an {@link EvidenceFileEntity}. */
@Entity
@Table(name = "EVIDENCE")
public class EvidenceEntity extends RecordedEntity {

    @Column(name = "RECORD_ID", nullable = false, updatable = false)
    private long recordId;
    @Column(name = "KIND", nullable = false)
    private String kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "STAGE", nullable = false)
    private EvidenceStage stage;
    @Column(name = "EVIDENCE_DAY", nullable = false)
    private LocalDate date;
    @Column(name = "DESCRIPTION", nullable = false)
    private String description;
    @Column(name = "FILE_NAME", nullable = false)
    private String fileName = "";
    @Column(name = "CONTENT_TYPE", nullable = false)
    private String contentType = "";
    @Column(name = "FILE_SIZE", nullable = false)
    private long fileSize;
    @Column(name = "ADDED_BY", nullable = false, updatable = false)
    private String addedBy;

    protected EvidenceEntity() {
    }

    public EvidenceEntity(long recordId, EvidenceDraft d, String addedBy, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.recordId = recordId;
        this.kind = d.kind();
        this.stage = d.stage();
        this.date = d.date();
        this.description = d.description();
        this.addedBy = addedBy;
        if (d.file() != null) {
            this.fileName = d.file().fileName();
            this.contentType = d.file().contentType() == null ? "" : d.file().contentType();
            this.fileSize = d.file().content().length;
        }
    }

    public Evidence toRecord() {
        return new Evidence(getId(), recordId, kind, stage, date, description, fileName, fileSize, addedBy);
    }

    public long getRecordId() {
        return recordId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }
}
