package org.opora.patronage.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.patronage.api.meeting.AdminMeeting;
import org.opora.patronage.api.meeting.MeetingDraft;
import org.opora.patronage.api.meeting.MeetingItem;
import org.opora.patronage.api.meeting.MeetingSummary;
import org.opora.platform.persistence.RecordedEntity;

/** The director's administrative meeting on the results of the patronage, and the state of its minutes. */
@Entity
@Table(name = "ADMIN_MEETING")
public class MeetingEntity extends RecordedEntity {

    @Column(name = "MEETING_NO", nullable = false)
    private String number;
    @Column(name = "MEETING_DAY", nullable = false)
    private LocalDate date;
    @Column(name = "CHAIRED_BY", nullable = false)
    private String chairedBy;
    @Column(name = "ATTENDEES", nullable = false)
    private String attendees;
    @Column(name = "FINALISED_ON")
    private LocalDate finalisedOn;

    protected MeetingEntity() {
    }

    public MeetingEntity(String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
    }

    /** Takes the draft's values (checked by the service). */
    public void apply(MeetingDraft d) {
        this.number = d.number();
        this.date = d.date();
        this.chairedBy = d.chairedBy();
        this.attendees = d.attendees();
    }

    public void finalise(LocalDate on) {
        this.finalisedOn = on;
    }

    public boolean isFinalised() {
        return finalisedOn != null;
    }

    public AdminMeeting toRecord(List<MeetingItem> items) {
        return new AdminMeeting(getId(), number, date, chairedBy, attendees, items, finalisedOn, getVersion());
    }

    public MeetingSummary toSummary(int items) {
        return new MeetingSummary(getId(), number, date, chairedBy, items, finalisedOn);
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalDate getFinalisedOn() {
        return finalisedOn;
    }
}
