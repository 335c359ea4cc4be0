package org.opora.programmes.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.platform.persistence.InstantConverter;
import org.opora.platform.persistence.VersionedEntity;
import org.opora.programmes.api.programme.PlanRow;

/**
 * A row of the support plan: the seven columns of the 002 form, the task it serves and whom it addresses. The
 * responsible specialist's name is snapshotted when the row is written; the completion mark is set by the
 * responsible specialist or the curator.
 */
@Entity
@Table(name = "PLAN_ROW")
public class PlanRowEntity extends VersionedEntity {

    @Column(name = "PROGRAMME_ID", nullable = false, updatable = false)
    private long programmeId;
    @Column(name = "POSITION_NO", nullable = false)
    private int position;
    @Column(name = "ACTIVITY", nullable = false)
    private String activity;
    @Column(name = "FORM_TEXT", nullable = false)
    private String form;
    @Column(name = "TASK_ID", nullable = false)
    private long taskId;
    @Column(name = "TARGET", nullable = false)
    private String target;
    @Column(name = "PARTICIPANTS", nullable = false)
    private String participants;
    @Column(name = "RESPONSIBLE_ID")
    private Long responsibleId;
    @Column(name = "RESPONSIBLE_NAME", nullable = false)
    private String responsibleName = "";
    @Column(name = "FROM_DATE", nullable = false)
    private LocalDate fromDate;
    @Column(name = "TO_DATE", nullable = false)
    private LocalDate toDate;
    @Column(name = "PLANNED_RESULT", nullable = false)
    private String plannedResult;
    @Column(name = "DIRECTION", nullable = false)
    private String direction;
    @Column(name = "ACTUAL_RESULT", nullable = false)
    private String actualResult = "";
    @Column(name = "DONE", nullable = false)
    private boolean done;
    @Column(name = "DONE_ON")
    private LocalDate doneOn;
    @Column(name = "DONE_BY", nullable = false)
    private String doneBy = "";
    @Column(name = "RECOMMENDATIONS", nullable = false)
    private String recommendations = "";
    /** The service's direction of work (000 §3); {@code null} only for rows the migration could not map. */
    @Column(name = "WORK_DIRECTION")
    private String workDirection;
    @Convert(converter = InstantConverter.class)
    @Column(name = "MARKED_AT")
    private Instant markedAt;

    protected PlanRowEntity() {
    }

    public PlanRowEntity(long programmeId, int position) {
        this.programmeId = programmeId;
        this.position = position;
    }

    /** The columns the curator writes; {@code to} is the same day as {@code from} for a single date. */
    public void write(String activity, String form, long taskId, String target, String participants,
            LocalDate from, LocalDate to, String plannedResult, String direction) {
        this.activity = activity;
        this.form = form;
        this.taskId = taskId;
        this.target = target;
        this.participants = participants;
        this.fromDate = from;
        this.toDate = to == null ? from : to;
        this.plannedResult = plannedResult;
        this.direction = direction == null ? "" : direction;
    }

    /** The direction of work, a checked code of the core's list. */
    public void workDirection(String code) {
        this.workDirection = code == null || code.isEmpty() ? null : code;
    }

    public String getWorkDirection() {
        return workDirection == null ? "" : workDirection;
    }

    public String getActivity() {
        return activity;
    }

    public String getResponsibleName() {
        return responsibleName;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void responsible(Long staffId, String name) {
        this.responsibleId = staffId;
        this.responsibleName = name == null ? "" : name;
    }

    public void markDone(LocalDate on, String byName, String actualResult, String recommendations, Instant at) {
        this.done = true;
        this.doneOn = on;
        this.doneBy = byName;
        this.actualResult = actualResult;
        this.recommendations = recommendations;
        this.markedAt = at;
    }

    /** A copy for a new revision of the programme: the columns as written, the task mapped, not done. */
    public PlanRowEntity copyFor(long newProgrammeId, int newPosition, long newTaskId) {
        PlanRowEntity copy = new PlanRowEntity(newProgrammeId, newPosition);
        copy.write(activity, form, newTaskId, target, participants, fromDate, toDate, plannedResult, direction);
        copy.responsible(responsibleId, responsibleName);
        copy.workDirection = workDirection;
        copy.recommendations = recommendations;
        return copy;
    }

    public PlanRow toRecord() {
        return new PlanRow(getId(), programmeId, position, activity, form, taskId, target, participants, responsibleId,
                responsibleName, fromDate, toDate, plannedResult, actualResult, done, doneOn, doneBy, recommendations,
                direction, markedAt, getWorkDirection(), getVersion());
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public long getTaskId() {
        return taskId;
    }

    public Long getResponsibleId() {
        return responsibleId;
    }

    public LocalDate getFrom() {
        return fromDate;
    }

    public LocalDate getTo() {
        return toDate;
    }

    public boolean isDone() {
        return done;
    }
}
