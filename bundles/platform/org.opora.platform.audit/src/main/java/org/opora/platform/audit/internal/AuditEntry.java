package org.opora.platform.audit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditRecord;
import org.opora.platform.persistence.IdentifiedEntity;
import org.opora.platform.persistence.InstantConverter;

/** One journal line. Written once, never updated: there are no setters. */
@Entity
@Table(name = "AUDIT_LOG")
public class AuditEntry extends IdentifiedEntity {


    @Column(name = "EVENT_TIME", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant at;

    @Column(name = "ACTOR", nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION", nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "RECORD_TYPE", nullable = false, updatable = false)
    private String recordType;

    @Column(name = "RECORD_ID", nullable = false, updatable = false)
    private String recordId;

    @Column(name = "SUMMARY", nullable = false, updatable = false)
    private String summary;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(Instant at, String actor, AuditAction action, String recordType, String recordId, String summary) {
        this.at = at;
        this.actor = truncate(actor, 64);
        this.action = action;
        this.recordType = truncate(recordType, 64);
        this.recordId = truncate(recordId, 64);
        this.summary = truncate(summary, 500);
    }

    AuditRecord toRecord() {
        return new AuditRecord(getId(), at, actor, action, recordType, recordId, summary);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
