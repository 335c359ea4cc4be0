package org.opora.core.impl.internal.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of a document's file, stored in the database so that a backup of the database holds everything. */
@Entity
@Table(name = "DOCUMENT_FILE")
public class DocumentFileEntity {

    @Id
    @Column(name = "DOCUMENT_ID")
    private Long documentId;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    protected DocumentFileEntity() {
    }

    public DocumentFileEntity(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }

    public void setContent(byte[] content) {
        this.content = content.clone();
    }
}
