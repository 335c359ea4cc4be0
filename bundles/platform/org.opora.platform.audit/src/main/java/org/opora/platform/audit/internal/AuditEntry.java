package org.opora.platform.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditRecord;
import org.opora.platform.persistence.IdentifiedEntity;
import org.opora.platform.persistence.InstantConverter;

/**
 * One journal line as it is read. Written once with plain SQL ({@link SqlChain}), never updated: there are no setters. Each line is a link of the chain
 * ({@link ChainLink}): its position, the previous line's hash and its own. Lines are not kept in EclipseLink's shared
 * cache, so that the chain check reads what the database holds.
 */
@Entity
@Table(name = "AUDIT_LOG")
@Cache(isolation = CacheIsolationType.ISOLATED)
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

    /** Set once: when the line is written, or for a line written before the chain existed, when that is chained. */
    @Column(name = "SEQ")
    private Long seq;

    @Column(name = "PREV_HASH")
    private String prevHash;

    @Column(name = "ENTRY_HASH")
    private String hash;

    protected AuditEntry() {
        // for JPA
    }

    /** The line as the chain check sees it: the time as the database stores it. */
    ChainLink link() {
        return new ChainLink(getId(), seq, Timestamp.from(at), actor, action.name(), recordType, recordId, summary,
                prevHash, hash);
    }

    AuditRecord toRecord() {
        return new AuditRecord(getId(), at, actor, action, recordType, recordId, summary);
    }
}
