package org.opora.core.impl.internal.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.OrderDraft;
import org.opora.platform.persistence.VersionedEntity;

/** A director's order in the register. */
@Entity
@Table(name = "ORDER_REGISTER")
public class OrderEntity extends VersionedEntity {

    @Column(name = "NUM", nullable = false)
    private String number;
    @Column(name = "ORDER_DATE", nullable = false)
    private LocalDate date;
    @Column(name = "TITLE", nullable = false)
    private String title;
    @Column(name = "SUBJECT", nullable = false)
    private String subject;

    public void apply(OrderDraft d) {
        number = d.number();
        date = d.date();
        title = d.title();
        subject = d.subject();
    }

    public Order toRecord() {
        return new Order(getId(), number, date, title, subject, getVersion());
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getDate() {
        return date;
    }
}
