package org.opora.patronage.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.platform.persistence.RecordedEntity;

/** An academic year of the patronage: the schedule's approval and the effective practice written. */
@Entity
@Table(name = "PATRONAGE_YEAR")
public class PatronageYearEntity extends RecordedEntity {

    @Column(name = "SCHOOL_YEAR", nullable = false, updatable = false)
    private int year;
    @Column(name = "APPROVED_BY", nullable = false)
    private String approvedBy = "";
    @Column(name = "APPROVED_ON")
    private LocalDate approvedOn;
    @Column(name = "PRACTICE", nullable = false)
    private String practice = "";

    protected PatronageYearEntity() {
    }

    public PatronageYearEntity(int year, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.year = year;
    }

    public void approve(String by, LocalDate on) {
        this.approvedBy = by;
        this.approvedOn = on;
    }

    public void practice(String text) {
        this.practice = text;
    }

    public int getYear() {
        return year;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public String getPractice() {
        return practice;
    }
}
