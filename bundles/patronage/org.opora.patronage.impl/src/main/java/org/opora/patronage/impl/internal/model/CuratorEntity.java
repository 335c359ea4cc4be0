package org.opora.patronage.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opora.patronage.api.team.Curator;
import org.opora.patronage.api.team.CuratorKind;
import org.opora.platform.persistence.RecordedEntity;

/** A curator's term on a case, with the orders that began and ended it as they were cited then. */
@Entity
@Table(name = "CURATOR")
public class CuratorEntity extends RecordedEntity {

    /** Why a term ended. */
    public static final String REPLACED = "replaced";
    public static final String RELEASED = "released";
    public static final String CASE_CLOSED = "case-closed";

    @Column(name = "CASE_ID", nullable = false, updatable = false)
    private long caseId;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, updatable = false)
    private CuratorKind kind;
    @Column(name = "STAFF_ID", updatable = false)
    private Long staffId;
    @Column(name = "FULL_NAME", nullable = false, updatable = false)
    private String name;
    @Column(name = "ORGANISATION", nullable = false, updatable = false)
    private String organisation;
    @Column(name = "ORDER_ID", updatable = false)
    private Long orderId;
    @Column(name = "ORDER_NO", nullable = false, updatable = false)
    private String orderNumber;
    @Column(name = "ORDER_DATE", updatable = false)
    private LocalDate orderDate;
    @Column(name = "FROM_DAY", nullable = false, updatable = false)
    private LocalDate from;
    @Column(name = "TO_DAY")
    private LocalDate to;
    @Column(name = "END_ORDER_ID")
    private Long endOrderId;
    @Column(name = "END_ORDER_NO", nullable = false)
    private String endOrderNumber = "";
    @Column(name = "END_ORDER_DATE")
    private LocalDate endOrderDate;
    @Column(name = "END_REASON", nullable = false)
    private String endReason = "";

    protected CuratorEntity() {
    }

    public CuratorEntity(long caseId, CuratorKind kind, Long staffId, String name, String organisation, Long orderId,
            String orderNumber, LocalDate orderDate, LocalDate from, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.caseId = caseId;
        this.kind = kind;
        this.staffId = staffId;
        this.name = name;
        this.organisation = organisation;
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.orderDate = orderDate;
        this.from = from;
    }

    /** Ends the term on the day (its last day). */
    public void end(LocalDate lastDay, Long orderId, String orderNumber, LocalDate orderDate, String reason) {
        this.to = lastDay;
        this.endOrderId = orderId;
        this.endOrderNumber = orderNumber;
        this.endOrderDate = orderDate;
        this.endReason = reason;
    }

    public boolean activeOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }

    /** Whether the term has not ended by the day (serving, or appointed from a later day). */
    public boolean servingOrComing(LocalDate day) {
        return to == null || !to.isBefore(day);
    }

    /** Whether the curator still has the case: serving, appointed from a later day, or serving when it closed. */
    public boolean hasCase(LocalDate day) {
        return servingOrComing(day) || CASE_CLOSED.equals(endReason);
    }

    public Curator toRecord() {
        return new Curator(getId(), caseId, kind, staffId, name, organisation, orderId, orderNumber, orderDate, from,
                to, endOrderNumber, endOrderDate, endReason, getVersion());
    }

    public long getCaseId() {
        return caseId;
    }

    public CuratorKind getKind() {
        return kind;
    }

    public Long getStaffId() {
        return staffId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }
}
