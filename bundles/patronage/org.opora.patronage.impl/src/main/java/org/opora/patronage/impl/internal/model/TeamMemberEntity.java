package org.opora.patronage.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.patronage.api.team.TeamMember;
import org.opora.platform.persistence.RecordedEntity;

/** A staff member of a case's micro-team. */
@Entity
@Table(name = "TEAM_MEMBER")
public class TeamMemberEntity extends RecordedEntity {

    @Column(name = "CASE_ID", nullable = false, updatable = false)
    private long caseId;
    @Column(name = "STAFF_ID", nullable = false, updatable = false)
    private long staffId;
    @Column(name = "FULL_NAME", nullable = false, updatable = false)
    private String name;
    @Column(name = "TEAM_ROLE", nullable = false, updatable = false)
    private String role;
    @Column(name = "FROM_DAY", nullable = false, updatable = false)
    private LocalDate from;
    @Column(name = "TO_DAY")
    private LocalDate to;

    protected TeamMemberEntity() {
    }

    public TeamMemberEntity(long caseId, long staffId, String name, String role, LocalDate from, String createdBy,
            Instant createdAt) {
        super(createdBy, createdAt);
        this.caseId = caseId;
        this.staffId = staffId;
        this.name = name;
        this.role = role;
        this.from = from;
    }

    public void end(LocalDate lastDay) {
        this.to = lastDay;
    }

    public boolean servingOrComing(LocalDate day) {
        return to == null || !to.isBefore(day);
    }

    public TeamMember toRecord() {
        return new TeamMember(getId(), caseId, staffId, name, role, from, to, getVersion());
    }

    public long getCaseId() {
        return caseId;
    }

    public long getStaffId() {
        return staffId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }
}
