package org.opora.programmes.impl.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.platform.persistence.IdentifiedEntity;
import org.opora.programmes.api.programme.Task;

/** One task of a programme (the intermediate steps to the goal), in its position. */
@Entity
@Table(name = "PROGRAMME_TASK")
public class TaskEntity extends IdentifiedEntity {

    @Column(name = "PROGRAMME_ID", nullable = false, updatable = false)
    private long programmeId;
    @Column(name = "POSITION_NO", nullable = false)
    private int position;
    @Column(name = "TASK_TEXT", nullable = false)
    private String text;

    protected TaskEntity() {
    }

    public TaskEntity(long programmeId, int position, String text) {
        this.programmeId = programmeId;
        this.position = position;
        this.text = text;
    }

    public void rewrite(int position, String text) {
        this.position = position;
        this.text = text;
    }

    public Task toRecord() {
        return new Task(getId(), position, text);
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }
}
