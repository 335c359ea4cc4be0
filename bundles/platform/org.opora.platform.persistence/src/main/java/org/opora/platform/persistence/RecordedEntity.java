package org.opora.platform.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.MappedSuperclass;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A versioned record that names who wrote it first and when: the login in {@code CREATED_BY} and the moment in
 * {@code CREATED_AT}, neither changed afterwards. The journal keeps every later change.
 */
@MappedSuperclass
@ConsumerType
public abstract class RecordedEntity extends VersionedEntity {

    @Column(name = "CREATED_BY", nullable = false, updatable = false)
    private String createdBy;
    @Convert(converter = InstantConverter.class)
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    protected RecordedEntity() {
    }

    protected RecordedEntity(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
