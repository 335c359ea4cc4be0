package org.opora.core.impl.internal.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.OrderDraft;

/** A director's order in the register. */
@Entity
@Table(name = "ORDER_REGISTER")
public class OrderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "NUM", nullable = false)
    private String number;
    @Column(name = "ORDER_DATE", nullable = false)
    private LocalDate date;
    @Column(name = "TITLE", nullable = false)
    private String title;
    @Column(name = "SUBJECT", nullable = false)
    private String subject;
    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    public void apply(OrderDraft d) {
        number = d.number();
        date = d.date();
        title = d.title();
        subject = d.subject();
    }

    public Order toRecord() {
        return new Order(id, number, date, title, subject, version);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getDate() {
        return date;
    }

    public long getVersion() {
        return version;
    }
}
