package org.opora.consilium.impl.internal.model;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.core.support.Codes;
import org.opora.platform.persistence.VersionedEntity;

/** A teacher's referral of a pupil and the additional examination that followed it (regulation 002). */
@Entity
@Table(name = "REFERRAL")
public class ReferralEntity extends VersionedEntity {

    @Column(name = "PUPIL_ID", nullable = false, updatable = false)
    private long pupilId;
    @Column(name = "PUPIL_NAME", nullable = false)
    private String pupilName;
    @Column(name = "CLASS_NAME", nullable = false)
    private String className;
    @Column(name = "FILED_ON", nullable = false, updatable = false)
    private LocalDate filedOn;
    @Column(name = "FILED_BY", nullable = false, updatable = false)
    private String filedBy;
    @Column(name = "FILED_BY_NAME", nullable = false)
    private String filedByName;
    @Column(name = "OBSERVED_ON", nullable = false)
    private LocalDate observedOn;
    @Column(name = "SIGNS", nullable = false)
    private String signs;
    @Column(name = "DESCRIPTION", nullable = false)
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private ReferralStatus status;
    @Column(name = "ACKNOWLEDGED_ON")
    private LocalDate acknowledgedOn;
    @Column(name = "ACKNOWLEDGED_BY", nullable = false)
    private String acknowledgedBy = "";
    @Column(name = "EXAMINER_ID")
    private Long examinerId;
    @Column(name = "EXAMINER_NAME", nullable = false)
    private String examinerName = "";
    @Column(name = "EXAMINED_ON")
    private LocalDate examinedOn;
    @Column(name = "EXAMINED_BY", nullable = false)
    private String examinedBy = "";
    @Column(name = "FINDINGS", nullable = false)
    private String findings = "";
    @Column(name = "MEETING_ID")
    private Long meetingId;
    @Column(name = "MEETING_NO", nullable = false)
    private String meetingNumber = "";
    @Column(name = "MEETING_DATE")
    private LocalDate meetingDate;
    @Column(name = "CLOSING_NOTE", nullable = false)
    private String closingNote = "";

    protected ReferralEntity() {
    }

    public ReferralEntity(long pupilId, String pupilName, String className, LocalDate filedOn, String filedBy,
            String filedByName) {
        this.pupilId = pupilId;
        this.pupilName = pupilName;
        this.className = className == null ? "" : className;
        this.filedOn = filedOn;
        this.filedBy = filedBy;
        this.filedByName = filedByName;
        this.status = ReferralStatus.FILED;
    }

    public void describe(LocalDate observedOn, List<String> signs, String description) {
        this.observedOn = observedOn;
        this.signs = Codes.join(signs);
        this.description = description;
    }

    public void acknowledge(LocalDate on, String byName) {
        this.acknowledgedOn = on;
        this.acknowledgedBy = byName;
    }

    public void assignExaminer(Long staffId, String name) {
        this.examinerId = staffId;
        this.examinerName = name == null ? "" : name;
    }

    public void examine(LocalDate on, String byLogin, String findings, ReferralStatus result) {
        this.examinedOn = on;
        this.examinedBy = byLogin;
        this.findings = findings;
        this.status = result;
    }

    public void schedule(long meetingId, String number, LocalDate date) {
        this.meetingId = meetingId;
        this.meetingNumber = number;
        this.meetingDate = date;
        this.status = ReferralStatus.SCHEDULED;
    }

    /** Back to {@code CONFIRMED} when taken off an agenda or the meeting is cancelled. */
    public void unschedule() {
        this.meetingId = null;
        this.meetingNumber = "";
        this.meetingDate = null;
        this.status = ReferralStatus.CONFIRMED;
    }

    public void setStatus(ReferralStatus status) {
        this.status = status;
    }

    public void withdraw(String reason) {
        this.closingNote = reason;
        this.status = ReferralStatus.WITHDRAWN;
    }

    /** The record; without the findings and with the public status for who may not see them. */
    public Referral toRecord(boolean findingsVisible) {
        return new Referral(getId(), pupilId, pupilName, className, filedOn, filedBy, filedByName, observedOn,
                Codes.split(signs), description, findingsVisible ? status : status.publicStatus(), acknowledgedOn,
                acknowledgedBy, examinerId, examinerName, examinedOn, findingsVisible ? findings : "", meetingId,
                meetingNumber, meetingDate, closingNote, findingsVisible, getVersion());
    }

    public long getPupilId() {
        return pupilId;
    }

    public String getPupilName() {
        return pupilName;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public LocalDate getAcknowledgedOn() {
        return acknowledgedOn;
    }

    public Long getExaminerId() {
        return examinerId;
    }

    public LocalDate getExaminedOn() {
        return examinedOn;
    }

    public List<String> getSigns() {
        return Codes.split(signs);
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public boolean hasFindings() {
        return !findings.isEmpty();
    }
}
