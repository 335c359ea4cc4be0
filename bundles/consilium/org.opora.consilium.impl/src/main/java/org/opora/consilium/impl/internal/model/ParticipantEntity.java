package org.opora.consilium.impl.internal.model;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.consilium.api.meeting.Participant;
import org.opora.core.support.Codes;
import org.opora.platform.persistence.VersionedEntity;

/**
 * A participant of a meeting: a staff member (name, position and specialist types as on the day they were added)
 * or an external specialist with their organisation.
 */
@Entity
@Table(name = "PARTICIPANT")
public class ParticipantEntity extends VersionedEntity {

    @Column(name = "MEETING_ID", nullable = false, updatable = false)
    private long meetingId;
    @Column(name = "STAFF_ID", updatable = false)
    private Long staffId;
    @Column(name = "FULL_NAME", nullable = false)
    private String name;
    @Column(name = "POSITION_TITLE", nullable = false)
    private String position;
    @Column(name = "ORGANISATION", nullable = false)
    private String organisation;
    @Column(name = "SPECIALIST_TYPES", nullable = false)
    private String specialistTypes;
    @Column(name = "ATTENDED")
    private Boolean attended;

    protected ParticipantEntity() {
    }

    public ParticipantEntity(long meetingId, Long staffId, String name, String position, String organisation,
            List<String> specialistTypes) {
        this.meetingId = meetingId;
        this.staffId = staffId;
        this.name = name;
        this.position = position == null ? "" : position;
        this.organisation = organisation == null ? "" : organisation;
        this.specialistTypes = Codes.join(specialistTypes);
    }

    public void setAttended(Boolean attended) {
        this.attended = attended;
    }

    public Participant toRecord() {
        return new Participant(getId(), meetingId, staffId, name, position, organisation, attended);
    }

    public long getMeetingId() {
        return meetingId;
    }

    public Long getStaffId() {
        return staffId;
    }

    public Boolean getAttended() {
        return attended;
    }

    public List<String> getSpecialistTypes() {
        return Codes.split(specialistTypes);
    }
}
