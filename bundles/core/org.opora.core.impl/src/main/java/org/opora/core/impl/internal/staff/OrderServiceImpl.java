package org.opora.core.impl.internal.staff;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.OrderDraft;
import org.opora.core.api.staff.OrderService;
import org.opora.core.impl.internal.model.OrderEntity;
import org.opora.core.impl.internal.support.Checks;
import org.opora.core.impl.internal.support.CoreDatabase;
import org.opora.core.impl.internal.support.Guard;
import org.opora.platform.api.audit.AuditService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.opora.platform.persistence.QueryFilter;
import org.opora.core.impl.internal.model.Names;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.RecordWriter;

/** The register of the director's orders; a number is unique within the calendar year of the order's date. */
@Component
public class OrderServiceImpl implements OrderService {

    private static final String RECORD = "order";

    private final CoreDatabase db;
    private final Guard guard;
    private final AuditService audit;
    private final RecordWriter<OrderEntity> orders;

    @Activate
    public OrderServiceImpl(@Reference CoreDatabase db, @Reference Guard guard, @Reference AuditService audit) {
        this.db = db;
        this.guard = guard;
        this.audit = audit;
        this.orders = new RecordWriter<>(db, audit, OrderEntity.class, RECORD);
    }

    @Override
    public List<Order> find(String text, int offset, int limit) {
        guard.require(CorePermissions.STAFF_READ);
        return db.read(em -> search(text).query(em, "select o from OrderEntity o", " order by o.date desc, o.id desc",
                OrderEntity.class).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(OrderEntity::toRecord).toList());
    }

    @Override
    public int count(String text) {
        guard.require(CorePermissions.STAFF_READ);
        return db.read(em -> search(text).query(em, "select count(o) from OrderEntity o", "", Long.class)
                .getSingleResult().intValue());
    }

    /** Every word of the text in the number or the title. */
    private static QueryFilter search(String text) {
        return new QueryFilter().words(Names.normalise(text), "upper(o.number)", "upper(o.title)");
    }

    @Override
    public Order get(long orderId) {
        guard.require(CorePermissions.STAFF_READ);
        return db.read(em -> orders.find(em, orderId).toRecord());
    }

    @Override
    public Order register(OrderDraft draft) {
        guard.require(CorePermissions.STRUCTURE_MANAGE);
        check(draft);
        return orders.create(em -> {
            refuseDuplicate(em, draft, null);
            OrderEntity o = new OrderEntity();
            o.apply(draft);
            return o;
        }, OrderEntity::toRecord, Order::number);
    }

    @Override
    public Order update(long orderId, long version, OrderDraft draft) {
        guard.require(CorePermissions.STRUCTURE_MANAGE);
        check(draft);
        return orders.update(orderId, version, (em, o) -> {
            refuseDuplicate(em, draft, orderId);
            o.apply(draft);
        }, OrderEntity::toRecord, Order::number);
    }

    private void check(OrderDraft d) {
        if (d == null) {
            throw new ValidationException("", "core.error.required");
        }
        // every objection of the form at once
        Checks.all(() -> FieldChecks.required("number", d.number(), 40),
                () -> FieldChecks.notFuture("date", d.date(), db.today()),
                () -> FieldChecks.required("title", d.title(), 500),
                () -> FieldChecks.maxLength("subject", d.subject(), 2000));
    }

    private static void refuseDuplicate(EntityManager em, OrderDraft d, Long self) {
        LocalDate first = d.date().withDayOfYear(1);
        boolean taken = em.createQuery("select o from OrderEntity o where o.number = :n and o.date >= :a"
                + " and o.date < :b", OrderEntity.class).setParameter("n", d.number()).setParameter("a", first)
                .setParameter("b", first.plusYears(1)).getResultList().stream()
                .anyMatch(o -> !o.getId().equals(self));
        if (taken) {
            throw new ValidationException("number", "core.error.order.duplicate", d.number(), first.getYear());
        }
    }
}
