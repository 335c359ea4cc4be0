package org.opora.patronage.impl.internal.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.patronage.api.meeting.MeetingItem;
import org.opora.patronage.api.report.CuratorReport;
import org.opora.platform.persistence.RecordedEntity;

/**
 * A case discussed at an administrative meeting: the pupil, the class and the curators as they were when the case
 * was put on it (the minutes keep them), the curator's report heard and the decision.
 */
@Entity
@Table(name = "MEETING_ITEM")
public class MeetingItemEntity extends RecordedEntity {

    @Column(name = "MEETING_ID", nullable = false, updatable = false)
    private long meetingId;
    @Column(name = "POSITION", nullable = false)
    private int position;
    @Column(name = "CASE_ID", nullable = false, updatable = false)
    private long caseId;
    @Column(name = "PUPIL_NAME", nullable = false, updatable = false)
    private String pupilName;
    @Column(name = "CLASS_NAME", nullable = false, updatable = false)
    private String className;
    @Column(name = "CURATORS", nullable = false, updatable = false)
    private String curators;
    @Column(name = "REPORT_ID", updatable = false)
    private Long reportId;
    @Column(name = "DECISION", nullable = false)
    private String decision = "";

    protected MeetingItemEntity() {
    }

    public MeetingItemEntity(long meetingId, int position, long caseId, String pupilName, String className,
            String curators, Long reportId, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.meetingId = meetingId;
        this.position = position;
        this.caseId = caseId;
        this.pupilName = pupilName;
        this.className = className;
        this.curators = curators;
        this.reportId = reportId;
    }

    public void decide(String decision) {
        this.decision = decision;
    }

    /** The item with the report heard, read by the service ({@code null} without one). */
    public MeetingItem toRecord(CuratorReport report) {
        return new MeetingItem(getId(), meetingId, position, caseId, pupilName, className, curators, report,
                decision, getVersion());
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getCaseId() {
        return caseId;
    }

    public Long getReportId() {
        return reportId;
    }

    public String getDecision() {
        return decision;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
