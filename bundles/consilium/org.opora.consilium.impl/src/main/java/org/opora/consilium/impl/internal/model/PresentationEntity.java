package org.opora.consilium.impl.internal.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.consilium.api.meeting.Presentation;
import org.opora.platform.persistence.InstantConverter;
import org.opora.platform.persistence.VersionedEntity;

/** A specialist's presentation about a pupil on the agenda: requested empty, written by the specialist. */
@Entity
@Table(name = "PRESENTATION")
public class PresentationEntity extends VersionedEntity {

    @Column(name = "ITEM_ID", nullable = false, updatable = false)
    private long itemId;
    @Column(name = "STAFF_ID", nullable = false, updatable = false)
    private long staffId;
    @Column(name = "STAFF_NAME", nullable = false)
    private String staffName;
    @Column(name = "POSITION_TITLE", nullable = false)
    private String position;
    @Column(name = "TEXT_BODY", nullable = false)
    private String text = "";
    @Convert(converter = InstantConverter.class)
    @Column(name = "SUBMITTED_AT")
    private Instant submittedAt;
    @Column(name = "SUBMITTED_BY", nullable = false)
    private String submittedBy = "";

    protected PresentationEntity() {
    }

    public PresentationEntity(long itemId, long staffId, String staffName, String position) {
        this.itemId = itemId;
        this.staffId = staffId;
        this.staffName = staffName;
        this.position = position == null ? "" : position;
    }

    public void submit(String text, Instant at, String by) {
        this.text = text;
        this.submittedAt = at;
        this.submittedBy = by;
    }

    public Presentation toRecord() {
        return new Presentation(getId(), itemId, staffId, staffName, position, text, submittedAt, getVersion());
    }

    public long getItemId() {
        return itemId;
    }

    public long getStaffId() {
        return staffId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
