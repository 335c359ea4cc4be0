package org.opora.consilium.impl.internal.model;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opora.consilium.api.link.AgendaReason;
import org.opora.consilium.api.link.ProtocolRef;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.consilium.api.meeting.ParentInvitation;
import org.opora.consilium.api.meeting.Presentation;
import org.opora.core.support.Codes;
import org.opora.platform.persistence.VersionedEntity;

/**
 * One pupil on a meeting's agenda with the outcome recorded for them (steps 2 to 5 of the procedure of regulation
 * 002 and the decision). A pupil is on one meeting's agenda once.
 */
@Entity
@Table(name = "AGENDA_ITEM")
public class AgendaItemEntity extends VersionedEntity {

    @Column(name = "MEETING_ID", nullable = false, updatable = false)
    private long meetingId;
    @Column(name = "POSITION_NO", nullable = false)
    private int position;
    @Column(name = "PUPIL_ID", nullable = false, updatable = false)
    private long pupilId;
    @Column(name = "PUPIL_NAME", nullable = false)
    private String pupilName;
    @Column(name = "CLASS_NAME", nullable = false)
    private String className;
    @Column(name = "BIRTH_DATE")
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "REASON", nullable = false)
    private AgendaReason reason;
    @Column(name = "REFERRAL_ID")
    private Long referralId;
    @Column(name = "SOURCE_REF", nullable = false)
    private String sourceRef;
    @Column(name = "NOTE", nullable = false)
    private String note;
    @Column(name = "PROBLEMS", nullable = false)
    private String problems = "";
    @Column(name = "GOAL", nullable = false)
    private String goal = "";
    @Column(name = "TASKS", nullable = false)
    private String tasks = "";
    @Column(name = "RESOURCES", nullable = false)
    private String resources = "";
    @Column(name = "DECISIONS", nullable = false)
    private String decisions = "";
    @Column(name = "DECISION_TEXT", nullable = false)
    private String decisionText = "";
    @Column(name = "TEACHER_RECS", nullable = false)
    private String teacherRecommendations = "";
    @Column(name = "PARENT_RECS", nullable = false)
    private String parentRecommendations = "";
    @Column(name = "EXTERNAL_REFERRAL", nullable = false)
    private String externalReferral = "";
    @Column(name = "CURATOR_ID")
    private Long curatorId;
    @Column(name = "CURATOR_NAME", nullable = false)
    private String curatorName = "";
    @Column(name = "REVIEW_BY")
    private LocalDate reviewBy;

    protected AgendaItemEntity() {
    }

    public AgendaItemEntity(long meetingId, int position, long pupilId, String pupilName, String className,
            LocalDate birthDate, AgendaReason reason, Long referralId, String sourceRef, String note) {
        this.meetingId = meetingId;
        this.position = position;
        this.pupilId = pupilId;
        this.pupilName = pupilName;
        this.className = className == null ? "" : className;
        this.birthDate = birthDate;
        this.reason = reason;
        this.referralId = referralId;
        this.sourceRef = sourceRef == null ? "" : sourceRef;
        this.note = note == null ? "" : note;
    }

    public void record(Outcome o, String curatorName) {
        this.problems = o.problems();
        this.goal = o.goal();
        this.tasks = o.tasks();
        this.resources = o.resources();
        this.decisions = Codes.join(o.decisions());
        this.decisionText = o.decisionText();
        this.teacherRecommendations = o.teacherRecommendations();
        this.parentRecommendations = o.parentRecommendations();
        this.externalReferral = o.externalReferral();
        this.curatorId = o.curatorId();
        this.curatorName = o.curatorId() == null || curatorName == null ? "" : curatorName;
        this.reviewBy = o.reviewBy();
    }

    public Outcome outcome() {
        return new Outcome(problems, goal, tasks, resources, Codes.split(decisions), decisionText,
                teacherRecommendations, parentRecommendations, externalReferral, curatorId, reviewBy);
    }

    public AgendaItem toRecord(List<ParentInvitation> parents, List<Presentation> presentations) {
        return new AgendaItem(getId(), meetingId, position, pupilId, pupilName, className, birthDate, reason, referralId,
                sourceRef, note, outcome(), curatorName, parents, presentations, getVersion());
    }

    /** The pupil's part of the (finalised) protocol of the meeting, as other modules cite it. */
    public ProtocolRef toRef(MeetingEntity meeting) {
        return new ProtocolRef(meetingId, meeting.getNumber(), meeting.getDate(), getId(), pupilId, pupilName,
                Codes.split(decisions), decisionText, problems, goal, tasks, resources, curatorId, curatorName,
                sourceRef);
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public int getPosition() {
        return position;
    }

    public long getPupilId() {
        return pupilId;
    }

    public String getClassName() {
        return className;
    }

    public String getPupilName() {
        return pupilName;
    }

    public AgendaReason getReason() {
        return reason;
    }

    public Long getReferralId() {
        return referralId;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public LocalDate getReviewBy() {
        return reviewBy;
    }

    public List<String> getDecisions() {
        return Codes.split(decisions);
    }
}
