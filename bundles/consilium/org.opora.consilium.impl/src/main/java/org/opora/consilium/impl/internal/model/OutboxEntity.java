package org.opora.consilium.impl.internal.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.platform.persistence.IdentifiedEntity;
import org.opora.platform.persistence.InstantConverter;

/**
 * A protocol's decisions waiting to be handed to the other modules (the outbox): written in the transaction that
 * finalises or amends the protocol, so that a decision is never recorded without it; delivered after the commit
 * and, when a module could not apply it, again later until it is. The pupils' parts are read afresh from the
 * protocol at each delivery.
 */
@Entity
@Table(name = "OUTBOX")
public class OutboxEntity extends IdentifiedEntity {

    @Column(name = "MEETING_ID", nullable = false, updatable = false)
    private long meetingId;
    /** One pupil's part (an amended outcome), or {@code null} for every part of the protocol. */
    @Column(name = "ITEM_ID", updatable = false)
    private Long itemId;
    @Convert(converter = InstantConverter.class)
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;
    @Convert(converter = InstantConverter.class)
    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "LAST_ERROR", nullable = false)
    private String lastError = "";
    @Convert(converter = InstantConverter.class)
    @Column(name = "DELIVERED_AT")
    private Instant deliveredAt;

    protected OutboxEntity() {
    }

    /** @param firstAttemptAt when the scheduled task may first take the row */
    public OutboxEntity(long meetingId, Long itemId, Instant at, String by, Instant firstAttemptAt) {
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.createdAt = at;
        this.createdBy = by;
        this.nextAttemptAt = firstAttemptAt;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public Long getItemId() {
        return itemId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public void delivered(Instant at) {
        this.attempts++;
        this.deliveredAt = at;
        this.lastError = "";
    }

    /** A failed attempt: tried again at {@code next}; the error is kept shortened. */
    public void failed(String error, Instant next) {
        this.attempts++;
        this.nextAttemptAt = next;
        String e = error == null ? "" : error;
        this.lastError = e.length() > 1000 ? e.substring(0, 1000) : e;
    }
}
