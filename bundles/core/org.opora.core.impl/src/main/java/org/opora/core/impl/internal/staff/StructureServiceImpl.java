package org.opora.core.impl.internal.staff;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToIntFunction;

import jakarta.persistence.EntityManager;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.BodyAuthority;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.BodyRoles;
import org.opora.core.api.staff.HeadAppointment;
import org.opora.core.api.staff.MemberDraft;
import org.opora.core.api.staff.StructureService;
import org.opora.core.impl.internal.config.CoreLists;
import org.opora.core.impl.internal.model.HeadEntity;
import org.opora.core.impl.internal.model.MemberEntity;
import org.opora.core.impl.internal.model.OrderEntity;
import org.opora.core.impl.internal.model.StaffEntity;
import org.opora.core.impl.internal.rules.Memberships;
import org.opora.core.impl.internal.support.CoreDatabase;
import org.opora.core.impl.internal.support.Guard;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.AccessDeniedException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;

/**
 * The head of the support service (000 §1.4: appointed by the director's order) and the bodies' members. Who changes
 * a body's members is the role a module's {@link BodyAuthority} names for it (the consilium: its chain's approver),
 * else the permission {@code core.structure.manage}.
 */
@Component
public class StructureServiceImpl implements StructureService {

    private final List<BodyAuthority> authorities = new CopyOnWriteArrayList<>();

    private final CoreDatabase db;
    private final Guard guard;
    private final CoreLists lists;
    private final AuditService audit;
    private final BodyRoles roles;

    @Activate
    public StructureServiceImpl(@Reference CoreDatabase db, @Reference Guard guard, @Reference CoreLists lists,
            @Reference AuditService audit, @Reference BodyRoles roles) {
        this.db = db;
        this.guard = guard;
        this.lists = lists;
        this.audit = audit;
        this.roles = roles;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAuthority(BodyAuthority authority) {
        authorities.add(authority);
    }

    void removeAuthority(BodyAuthority authority) {
        authorities.remove(authority);
    }

    @Override
    public Optional<HeadAppointment> headOfService(LocalDate on) {
        return headHistory().stream()
                .filter(h -> !h.from().isAfter(on) && (h.to() == null || !h.to().isBefore(on))).findFirst();
    }

    @Override
    public List<HeadAppointment> headHistory() {
        guard.require(CorePermissions.STAFF_READ);
        return db.read(em -> em.createQuery("select h from HeadEntity h order by h.from desc, h.id desc",
                HeadEntity.class).getResultList().stream().map(HeadEntity::toRecord).toList());
    }

    /**
     * Appoints the head of the service by an order; refused with every objection at once — a staff member who works
     * at the school, a registered order, a first day in range, not before the order nor before the current head's
     * first day — nobody appointed.
     */
    @Override
    public HeadAppointment appointHead(long staffId, long orderId, LocalDate from) {
        guard.require(CorePermissions.STRUCTURE_MANAGE);
        Objections o = new Objections();
        LocalDate day = o.value(() -> FieldChecks.plausible("from", from, db.today()));
        HeadAppointment appointed = db.write(em -> {
            StaffEntity staff = o.value(() -> activeStaff(em, staffId));
            OrderEntity order = o.value(() -> order(em, orderId));
            List<HeadEntity> current = em.createQuery("select h from HeadEntity h where h.to is null",
                    HeadEntity.class).getResultList();
            if (day != null) {
                o.check(() -> notBeforeOrder(day, order));
                for (HeadEntity previous : current) {
                    if (!previous.getFrom().isBefore(day)) {
                        o.check(() -> {
                            throw new ValidationException("from", "core.error.appointment.beforePrevious",
                                    FieldChecks.day(previous.getFrom()));
                        });
                    }
                }
            }
            o.refuseAny();
            current.forEach(previous -> previous.end(day.minusDays(1)));
            HeadEntity h = new HeadEntity(staff, order, day);
            em.persist(h);
            em.flush();
            return h.toRecord();
        }, audit, r -> new AuditEvent(AuditAction.CREATE, "head-of-service", String.valueOf(r.id()),
                "order " + r.orderNumber()));
        return appointed;
    }

    @Override
    public List<BodyMember> members(String body, LocalDate on) {
        // roles in the configured order (chair first); a role no longer configured goes last
        List<String> roles = lists.items(ReferenceList.BODY_ROLES, null).stream().map(ListItem::code).toList();
        ToIntFunction<BodyMember> rank = m -> roles.contains(m.role()) ? roles.indexOf(m.role()) : roles.size();
        return memberHistory(body).stream().filter(m -> m.activeOn(on))
                .sorted(Comparator.comparingInt(rank).thenComparing(BodyMember::staffName)).toList();
    }

    @Override
    public List<BodyMember> memberHistory(String body) {
        guard.require(CorePermissions.STAFF_READ);
        return db.read(em -> em.createQuery("select m from MemberEntity m where m.body = :b"
                + " order by m.from desc, m.id desc", MemberEntity.class).setParameter("b", body).getResultList()
                .stream().map(MemberEntity::toRecord).toList());
    }

    @Override
    public List<BodyMember> membershipsOf(long staffId, LocalDate on) {
        guard.require(CorePermissions.STAFF_READ);
        return db.read(em -> em.createQuery("select m from MemberEntity m where m.staff.id = :s", MemberEntity.class)
                .setParameter("s", staffId).getResultList().stream().map(MemberEntity::toRecord)
                .filter(m -> m.activeOn(on)).toList());
    }

    /**
     * Adds a member to a body; refused with every objection at once — the body and the role from their lists, a
     * staff member who works at the school and is no member yet, a role not held by another, a first day in range and
     * not before the order, a registered order — nobody added.
     */
    @Override
    public BodyMember addMember(MemberDraft draft) {
        if (draft == null) {
            throw new ValidationException("", "core.error.required");
        }
        requireAppointer(draft.body());
        Objections o = new Objections();
        if (!lists.contains(ReferenceList.BODIES, draft.body())) {
            o.check(() -> {
                throw new ValidationException("body", "core.error.notInList");
            });
        }
        boolean roleKnown = lists.contains(ReferenceList.BODY_ROLES, draft.role());
        if (!roleKnown) {
            o.check(() -> {
                throw new ValidationException("role", "core.error.notInList");
            });
        }
        LocalDate from = o.value(() -> FieldChecks.plausible("from", draft.from(), db.today()));
        BodyMember added = db.write(em -> {
            StaffEntity staff = o.value(() -> activeStaff(em, draft.staffId()));
            OrderEntity order = draft.orderId() == null ? null : o.value(() -> order(em, draft.orderId()));
            if (from != null && order != null) {
                o.check(() -> notBeforeOrder(from, order));
            }
            if (from != null && staff != null && roleKnown) {
                List<BodyMember> current = em.createQuery("select m from MemberEntity m where m.body = :b",
                        MemberEntity.class).setParameter("b", draft.body()).getResultList().stream()
                        .map(MemberEntity::toRecord).toList();
                o.check(() -> new Memberships(current, roles).checkAdd(draft.staffId(), draft.role(), from));
            }
            o.refuseAny();
            MemberEntity m = new MemberEntity(draft.body(), staff, draft.role(), from, order);
            em.persist(m);
            em.flush();
            return m.toRecord();
        }, audit, r -> new AuditEvent(AuditAction.CREATE, "body-member", String.valueOf(r.id()), r.body()));
        return added;
    }

    @Override
    public BodyMember endMembership(long membershipId, LocalDate to) {
        // an unknown membership belongs to no body: the permission decides before it is reported missing
        requireAppointer(db.read(em -> {
            MemberEntity m = em.find(MemberEntity.class, membershipId);
            return m == null ? null : m.getBody();
        }));
        FieldChecks.plausible("to", to, db.today());
        BodyMember ended = db.write(em -> {
            MemberEntity m = CoreDatabase.find(em, MemberEntity.class, membershipId, "body-member");
            if (m.getTo() != null) {
                throw new ValidationException("to", "core.error.membership.ended");
            }
            if (to.isBefore(m.getFrom())) {
                throw new ValidationException("to", "core.error.membership.endBeforeStart",
                        FieldChecks.day(m.getFrom()));
            }
            m.end(to);
            return m.toRecord();
        }, audit, r -> new AuditEvent(AuditAction.UPDATE, "body-member", String.valueOf(membershipId), "ended"));
        return ended;
    }

    @Override
    public boolean mayChangeMembers(String body) {
        try {
            requireAppointer(body);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /**
     * The caller may change the body's members: holds the role the body's authority names (the system holds every
     * role), or, for a body no authority claims, the permission {@code core.structure.manage}.
     */
    private void requireAppointer(String body) {
        Optional<String> role = body == null ? Optional.empty() : authorities.stream().map(a -> a.appointingRole(body)).flatMap(Optional::stream)
                .findFirst();
        if (role.isEmpty()) {
            guard.require(CorePermissions.STRUCTURE_MANAGE);
        } else if (!guard.user().map(u -> u.hasRole(role.get())).orElse(true)) {
            throw new AccessDeniedException("role " + role.get());
        }
    }

    /** The order an appointment refers to; refused on {@code orderId} when it is not registered. */
    private static OrderEntity order(EntityManager em, long orderId) {
        OrderEntity order = em.find(OrderEntity.class, orderId);
        if (order == null) {
            throw new ValidationException("orderId", "core.error.order.unknown");
        }
        return order;
    }

    /** Refuses a first day before the order's day, naming that day; nothing to say without an order. */
    private static void notBeforeOrder(LocalDate from, OrderEntity order) {
        if (order != null && from.isBefore(order.getDate())) {
            throw new ValidationException("from", "core.error.appointment.beforeOrder",
                    FieldChecks.day(order.getDate()));
        }
    }

    private static StaffEntity activeStaff(EntityManager em, long staffId) {
        StaffEntity s = em.find(StaffEntity.class, staffId);
        if (s == null || !s.isActive()) {
            throw new ValidationException("staffId", "core.error.staff.unknown");
        }
        return s;
    }
}
