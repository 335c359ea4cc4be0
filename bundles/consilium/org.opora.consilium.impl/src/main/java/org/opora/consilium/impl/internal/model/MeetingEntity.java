package org.opora.consilium.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingKind;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.platform.persistence.InstantConverter;
import org.opora.platform.persistence.VersionedEntity;

/**
 * A meeting of the consilium and its protocol header. The number is unique within its numbering period (the
 * academic year, or 0 when numbering never restarts).
 */
@Entity
@Table(name = "MEETING")
public class MeetingEntity extends VersionedEntity {

    @Column(name = "MEETING_NO", nullable = false)
    private String number;
    @Column(name = "NUMBERING_PERIOD", nullable = false, updatable = false)
    private int numberingPeriod;
    @Column(name = "SEQ_NO", nullable = false, updatable = false)
    private int sequence;
    @Column(name = "ACADEMIC_YEAR", nullable = false)
    private int academicYear;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    private MeetingKind kind;
    @Column(name = "MONITORING", nullable = false)
    private String monitoring;
    @Column(name = "MEETING_DATE", nullable = false)
    private LocalDate date;
    @Column(name = "START_TIME", nullable = false)
    private String time;
    @Column(name = "PLACE", nullable = false)
    private String place;
    @Column(name = "CHAIR_ID")
    private Long chairId;
    @Column(name = "CHAIR_NAME", nullable = false)
    private String chairName = "";
    @Column(name = "SECRETARY_ID")
    private Long secretaryId;
    @Column(name = "SECRETARY_NAME", nullable = false)
    private String secretaryName = "";
    @Column(name = "PRESENTATIONS_DUE")
    private LocalDate presentationsDue;
    @Column(name = "CONCLUSION", nullable = false)
    private String conclusion = "";
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private MeetingStatus status;
    @Convert(converter = InstantConverter.class)
    @Column(name = "FINALISED_AT")
    private Instant finalisedAt;
    @Column(name = "FINALISED_BY", nullable = false)
    private String finalisedBy = "";
    @Column(name = "CANCEL_REASON", nullable = false)
    private String cancelReason = "";
    @Column(name = "CREATED_BY", nullable = false, updatable = false)
    private String createdBy;

    protected MeetingEntity() {
    }

    public MeetingEntity(int numberingPeriod, int sequence, String number, String createdBy) {
        this.numberingPeriod = numberingPeriod;
        this.sequence = sequence;
        this.number = number;
        this.createdBy = createdBy;
        this.status = MeetingStatus.PREPARATION;
    }

    /** The header as the draft gives it, with the chair and secretary already resolved. */
    public void apply(MeetingKind kind, String monitoring, LocalDate date, String time, String place,
            int academicYear, LocalDate presentationsDue) {
        this.kind = kind;
        this.monitoring = monitoring;
        this.date = date;
        this.time = time;
        this.place = place;
        this.academicYear = academicYear;
        this.presentationsDue = presentationsDue;
    }

    public void chair(Long staffId, String name) {
        this.chairId = staffId;
        this.chairName = name == null ? "" : name;
    }

    public void secretary(Long staffId, String name) {
        this.secretaryId = staffId;
        this.secretaryName = name == null ? "" : name;
    }

    public void setConclusion(String conclusion) {
        this.conclusion = conclusion;
    }

    public void finalise(Instant at, String byName) {
        this.status = MeetingStatus.FINALISED;
        this.finalisedAt = at;
        this.finalisedBy = byName;
    }

    public void cancel(String reason) {
        this.status = MeetingStatus.CANCELLED;
        this.cancelReason = reason;
    }

    public Meeting toRecord(int items) {
        return new Meeting(getId(), number, sequence, academicYear, kind, monitoring, date, time, place, chairId, chairName,
                secretaryId, secretaryName, presentationsDue, conclusion, status, finalisedAt, finalisedBy,
                cancelReason, items, getVersion());
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getPresentationsDue() {
        return presentationsDue;
    }

    public LocalDate getDate() {
        return date;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public Long getChairId() {
        return chairId;
    }

    public Long getSecretaryId() {
        return secretaryId;
    }

    public String getConclusion() {
        return conclusion;
    }
}
