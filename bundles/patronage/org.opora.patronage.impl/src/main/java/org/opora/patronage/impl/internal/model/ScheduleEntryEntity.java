package org.opora.patronage.impl.internal.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.patronage.api.year.ScheduleEntry;
import org.opora.platform.persistence.RecordedEntity;

/** A line of a year's schedule of patronage work. */
@Entity
@Table(name = "SCHEDULE_ENTRY")
public class ScheduleEntryEntity extends RecordedEntity {

    @Column(name = "SCHOOL_YEAR", nullable = false, updatable = false)
    private int year;
    @Column(name = "POSITION", nullable = false, updatable = false)
    private int position;
    @Column(name = "WHEN_TEXT", nullable = false)
    private String when;
    @Column(name = "ACTIVITY", nullable = false)
    private String activity;
    @Column(name = "RESPONSIBLE", nullable = false)
    private String responsible;

    protected ScheduleEntryEntity() {
    }

    public ScheduleEntryEntity(int year, int position, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.year = year;
        this.position = position;
    }

    public void describe(String when, String activity, String responsible) {
        this.when = when;
        this.activity = activity;
        this.responsible = responsible;
    }

    public ScheduleEntry toRecord() {
        return new ScheduleEntry(getId(), year, when, activity, responsible, getVersion());
    }

    public int getYear() {
        return year;
    }
}
