package org.opora.teachersupport.impl.internal.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.opora.platform.persistence.IdentifiedEntity;

/**
 * The bytes of an evidence file, kept in the module's own schema (the record is confidential, so its files are not
 * put in the core's register of documents) and read only when the file is asked for.
 */
@Entity
@Table(name = "EVIDENCE_FILE")
public class EvidenceFileEntity extends IdentifiedEntity {

    @Column(name = "EVIDENCE_ID", nullable = false, updatable = false)
    private long evidenceId;
    @Lob
    @Basic
    @Column(name = "CONTENT", nullable = false, updatable = false)
    private byte[] content;

    protected EvidenceFileEntity() {
    }

    public EvidenceFileEntity(long evidenceId, byte[] content) {
        this.evidenceId = evidenceId;
        this.content = content.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}
