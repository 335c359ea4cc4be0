package org.opora.consilium.impl.internal.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opora.consilium.api.meeting.Attendance;
import org.opora.consilium.api.meeting.ParentInvitation;
import org.opora.platform.persistence.VersionedEntity;

/** A parent (legal representative) invited to the discussion of their child. */
@Entity
@Table(name = "PARENT_INVITATION")
public class ParentInvitationEntity extends VersionedEntity {

    @Column(name = "ITEM_ID", nullable = false, updatable = false)
    private long itemId;
    @Column(name = "REPRESENTATIVE_ID", updatable = false)
    private Long representativeId;
    @Column(name = "FULL_NAME", nullable = false)
    private String name;
    @Column(name = "RELATION", nullable = false)
    private String relation;
    @Column(name = "INVITED_ON", nullable = false)
    private LocalDate invitedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "ATTENDANCE", nullable = false)
    private Attendance attendance = Attendance.UNKNOWN;

    protected ParentInvitationEntity() {
    }

    public ParentInvitationEntity(long itemId, Long representativeId, String name, String relation,
            LocalDate invitedOn) {
        this.itemId = itemId;
        this.representativeId = representativeId;
        this.name = name;
        this.relation = relation == null ? "" : relation;
        this.invitedOn = invitedOn;
    }

    public void setAttendance(Attendance attendance) {
        this.attendance = attendance;
    }

    public ParentInvitation toRecord() {
        return new ParentInvitation(getId(), itemId, representativeId, name, relation, invitedOn, attendance);
    }

    public long getItemId() {
        return itemId;
    }

    public Long getRepresentativeId() {
        return representativeId;
    }
}
