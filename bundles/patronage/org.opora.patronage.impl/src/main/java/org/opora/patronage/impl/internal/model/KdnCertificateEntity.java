package org.opora.patronage.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.patronage.api.legal.KdnCertificate;
import org.opora.patronage.api.legal.KdnDraft;
import org.opora.platform.persistence.RecordedEntity;

/** A certificate (spravka) for the commission on minors' affairs, as issued: never changed after its registration. */
@Entity
@Table(name = "KDN_CERTIFICATE")
public class KdnCertificateEntity extends RecordedEntity {

    @Column(name = "CASE_ID", nullable = false, updatable = false)
    private long caseId;
    @Column(name = "DOCUMENT_ID", nullable = false, updatable = false)
    private long documentId;
    @Column(name = "ISSUED_ON", nullable = false, updatable = false)
    private LocalDate issuedOn;
    @Column(name = "ADDRESSEE", nullable = false, updatable = false)
    private String addressee;
    @Column(name = "PURPOSE", nullable = false, updatable = false)
    private String purpose;
    @Column(name = "BEHAVIOUR", nullable = false, updatable = false)
    private String behaviour;
    @Column(name = "FAMILY", nullable = false, updatable = false)
    private String family;
    @Column(name = "WORK_DONE", nullable = false, updatable = false)
    private String workDone;
    @Column(name = "CONCLUSION", nullable = false, updatable = false)
    private String conclusion;
    @Column(name = "SIGNED_BY", nullable = false, updatable = false)
    private String signedBy;

    protected KdnCertificateEntity() {
    }

    public KdnCertificateEntity(long caseId, long documentId, KdnDraft d, String signedBy, String createdBy,
            Instant createdAt) {
        super(createdBy, createdAt);
        this.caseId = caseId;
        this.documentId = documentId;
        this.issuedOn = d.issuedOn();
        this.addressee = d.addressee();
        this.purpose = d.purpose();
        this.behaviour = d.behaviour();
        this.family = d.family();
        this.workDone = d.workDone();
        this.conclusion = d.conclusion();
        this.signedBy = signedBy;
    }

    public KdnCertificate toRecord() {
        return new KdnCertificate(getId(), caseId, documentId, issuedOn, addressee, purpose, behaviour, family,
                workDone, conclusion, signedBy, getVersion());
    }

    public long getCaseId() {
        return caseId;
    }
}
