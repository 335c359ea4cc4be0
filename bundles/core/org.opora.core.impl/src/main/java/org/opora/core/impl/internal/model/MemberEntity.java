package org.opora.core.impl.internal.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.opora.core.api.staff.BodyMember;
import org.opora.platform.persistence.IdentifiedEntity;

/** A membership of a functional body over a period. */
@Entity
@Table(name = "BODY_MEMBER")
public class MemberEntity extends IdentifiedEntity {

    @Column(name = "BODY", nullable = false)
    private String body;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "STAFF_ID", nullable = false)
    private StaffEntity staff;
    @Column(name = "ROLE_CODE", nullable = false)
    private String role;
    @Column(name = "FROM_DATE", nullable = false)
    private LocalDate from;
    @Column(name = "TO_DATE")
    private LocalDate to;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ORDER_ID")
    private OrderEntity order;

    protected MemberEntity() {
    }

    public MemberEntity(String body, StaffEntity staff, String role, LocalDate from, OrderEntity order) {
        this.body = body;
        this.staff = staff;
        this.role = role;
        this.from = from;
        this.order = order;
    }

    public BodyMember toRecord() {
        return new BodyMember(getId(), body, staff.getId(), staff.name().full(), role, from, to,
                order == null ? null : order.getId(), order == null ? "" : order.getNumber(),
                order == null ? null : order.getDate());
    }

    public String getBody() {
        return body;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void end(LocalDate lastDay) {
        this.to = lastDay;
    }
}
