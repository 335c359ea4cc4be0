package org.opora.core.impl.internal.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.opora.core.api.staff.HeadAppointment;
import org.opora.platform.persistence.IdentifiedEntity;

/** The appointment of a head of the support service by an order. */
@Entity
@Table(name = "HEAD_APPOINTMENT")
public class HeadEntity extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "STAFF_ID", nullable = false)
    private StaffEntity staff;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ORDER_ID", nullable = false)
    private OrderEntity order;
    @Column(name = "FROM_DATE", nullable = false)
    private LocalDate from;
    @Column(name = "TO_DATE")
    private LocalDate to;

    protected HeadEntity() {
    }

    public HeadEntity(StaffEntity staff, OrderEntity order, LocalDate from) {
        this.staff = staff;
        this.order = order;
        this.from = from;
    }

    public HeadAppointment toRecord() {
        return new HeadAppointment(getId(), staff.getId(), staff.name().full(), order.getId(), order.getNumber(),
                order.getDate(), from, to);
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
