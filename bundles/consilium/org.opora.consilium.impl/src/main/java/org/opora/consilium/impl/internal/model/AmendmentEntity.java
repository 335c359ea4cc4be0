package org.opora.consilium.impl.internal.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.consilium.api.meeting.Amendment;
import org.opora.platform.persistence.IdentifiedEntity;
import org.opora.platform.persistence.InstantConverter;

/** An amendment of a finalised protocol: append-only, never changed. */
@Entity
@Table(name = "AMENDMENT")
public class AmendmentEntity extends IdentifiedEntity {

    @Column(name = "MEETING_ID", nullable = false, updatable = false)
    private long meetingId;
    @Column(name = "ITEM_ID", updatable = false)
    private Long itemId;
    @Convert(converter = InstantConverter.class)
    @Column(name = "AMENDED_AT", nullable = false, updatable = false)
    private Instant amendedAt;
    @Column(name = "AMENDED_BY", nullable = false, updatable = false)
    private String amendedBy;
    @Column(name = "AMENDED_BY_NAME", nullable = false, updatable = false)
    private String byName;
    @Column(name = "REASON", nullable = false, updatable = false)
    private String reason;
    @Column(name = "CHANGE_TEXT", nullable = false, updatable = false)
    private String change;

    protected AmendmentEntity() {
    }

    public AmendmentEntity(long meetingId, Long itemId, Instant at, String by, String byName, String reason,
            String change) {
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.amendedAt = at;
        this.amendedBy = by;
        this.byName = byName;
        this.reason = reason;
        this.change = change;
    }

    public Amendment toRecord() {
        return new Amendment(getId(), meetingId, itemId, amendedAt, amendedBy, byName, reason, change);
    }
}
