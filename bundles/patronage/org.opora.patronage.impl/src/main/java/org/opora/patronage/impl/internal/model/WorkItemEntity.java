package org.opora.patronage.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opora.patronage.api.work.HelpKind;
import org.opora.patronage.api.work.WorkItem;
import org.opora.patronage.impl.internal.rules.WorkPeriodRule;
import org.opora.platform.persistence.RecordedEntity;

/** A row of the curator's work plan. */
@Entity
@Table(name = "WORK_ITEM")
public class WorkItemEntity extends RecordedEntity {

    @Column(name = "CASE_ID", nullable = false, updatable = false)
    private long caseId;
    @Column(name = "POSITION", nullable = false)
    private int position;
    @Column(name = "ACTIVITY", nullable = false)
    private String activity;
    @Column(name = "WORK_FORM", nullable = false)
    private String form;
    @Column(name = "FROM_DAY", nullable = false)
    private LocalDate from;
    @Column(name = "TO_DAY", nullable = false)
    private LocalDate to;
    @Column(name = "RESPONSIBLE_ID", nullable = false)
    private long responsibleId;
    @Column(name = "RESPONSIBLE", nullable = false)
    private String responsible;
    @Enumerated(EnumType.STRING)
    @Column(name = "HELP", nullable = false)
    private HelpKind help;
    @Column(name = "DIRECTION", nullable = false)
    private String direction = "";
    @Column(name = "PLANNED_RESULT", nullable = false)
    private String plannedResult;
    @Column(name = "ACTUAL_RESULT", nullable = false)
    private String actualResult = "";
    @Column(name = "DONE_ON")
    private LocalDate doneOn;

    protected WorkItemEntity() {
    }

    public WorkItemEntity(long caseId, int position, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.caseId = caseId;
        this.position = position;
    }

    public void plan(String activity, String form, LocalDate from, LocalDate to, long responsibleId,
            String responsible, HelpKind help, String direction, String plannedResult) {
        this.activity = activity;
        this.form = form;
        this.from = from;
        this.to = to;
        this.responsibleId = responsibleId;
        this.responsible = responsible;
        this.help = help;
        this.direction = direction;
        this.plannedResult = plannedResult;
    }

    public void done(LocalDate on, String actualResult) {
        this.doneOn = on;
        this.actualResult = actualResult;
    }

    /** Whether the period is over on the day and the row is not done. */
    public boolean overdueOn(LocalDate day) {
        return WorkPeriodRule.overdue(to, doneOn, day);
    }

    public WorkItem toRecord(LocalDate today) {
        return new WorkItem(getId(), caseId, position, activity, form, from, to, responsibleId, responsible, help,
                direction, plannedResult, actualResult, doneOn, overdueOn(today), getVersion());
    }

    public String getDirection() {
        return direction;
    }

    public LocalDate getFrom() {
        return from;
    }

    public String getActivity() {
        return activity;
    }

    public String getResponsible() {
        return responsible;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getResponsibleId() {
        return responsibleId;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
