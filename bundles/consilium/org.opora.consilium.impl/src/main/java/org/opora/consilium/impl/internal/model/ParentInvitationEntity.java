package org.opora.consilium.impl.internal.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.opora.consilium.api.meeting.Attendance;
import org.opora.consilium.api.meeting.ParentInvitation;

/** A parent (legal representative) invited to the discussion of their child. */
@Entity
@Table(name = "PARENT_INVITATION")
public class ParentInvitationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
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
    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

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
        return new ParentInvitation(id, itemId, representativeId, name, relation, invitedOn, attendance);
    }

    public long getItemId() {
        return itemId;
    }

    public Long getRepresentativeId() {
        return representativeId;
    }
}
