package org.opora.patronage.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.patronage.api.report.CuratorReport;
import org.opora.patronage.api.report.ReportDraft;
import org.opora.platform.persistence.RecordedEntity;

/** A curator's report on a case over a period; the meeting that discussed it is the meeting item's to say. */
@Entity
@Table(name = "CURATOR_REPORT")
public class ReportEntity extends RecordedEntity {

    @Column(name = "CASE_ID", nullable = false, updatable = false)
    private long caseId;
    @Column(name = "PERIOD_FROM", nullable = false)
    private LocalDate from;
    @Column(name = "PERIOD_TO", nullable = false)
    private LocalDate to;
    @Column(name = "WORK_DONE", nullable = false)
    private String workDone;
    @Column(name = "REPORT_RESULTS", nullable = false)
    private String results;
    @Column(name = "DIFFICULTIES", nullable = false)
    private String difficulties;
    @Column(name = "PROPOSALS", nullable = false)
    private String proposals;
    @Column(name = "AUTHOR", nullable = false, updatable = false)
    private String author;
    @Column(name = "AUTHOR_STAFF_ID", updatable = false)
    private Long authorStaffId;
    @Column(name = "SUBMITTED_ON", nullable = false, updatable = false)
    private LocalDate submittedOn;

    protected ReportEntity() {
    }

    public ReportEntity(long caseId, String author, Long authorStaffId, LocalDate submittedOn, String createdBy,
            Instant createdAt) {
        super(createdBy, createdAt);
        this.caseId = caseId;
        this.author = author;
        this.authorStaffId = authorStaffId;
        this.submittedOn = submittedOn;
    }

    /** Takes the draft's values (checked by the service). */
    public void apply(ReportDraft d) {
        this.from = d.from();
        this.to = d.to();
        this.workDone = d.workDone();
        this.results = d.results();
        this.difficulties = d.difficulties();
        this.proposals = d.proposals();
    }

    /** The report with the meeting it is put on, if any. */
    public CuratorReport toRecord(MeetingEntity meeting) {
        return new CuratorReport(getId(), caseId, from, to, workDone, results, difficulties, proposals, author,
                submittedOn, meeting == null ? null : meeting.getId(), meeting == null ? "" : meeting.getNumber(),
                meeting == null ? null : meeting.getDate(), meeting != null && meeting.isFinalised(), getVersion());
    }

    public long getCaseId() {
        return caseId;
    }

    public Long getAuthorStaffId() {
        return authorStaffId;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }
}
