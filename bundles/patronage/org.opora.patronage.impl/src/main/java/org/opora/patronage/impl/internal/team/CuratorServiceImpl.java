package org.opora.patronage.impl.internal.team;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.opora.core.api.NotFoundException;
import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.OrderService;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.core.support.RecordWriter;
import org.opora.platform.api.approval.ApprovalRoles;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.approval.ChainStep;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.patronage.api.team.Curator;
import org.opora.patronage.api.team.CuratorDraft;
import org.opora.patronage.api.team.CuratorKind;
import org.opora.patronage.api.team.CuratorService;
import org.opora.patronage.impl.internal.cases.CaseGate;
import org.opora.patronage.impl.internal.config.PatronageRules;
import org.opora.patronage.impl.internal.model.CaseEntity;
import org.opora.patronage.impl.internal.model.CuratorEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Curators appointed, replaced and released by the director's order (003 sections 2.2 and 3.1), with their history;
 * who signs the order is the approving role of the school's chain {@code curatorOrderChain} (by default the director).
 * The order is read from the core's register when it is chosen; its number and date are kept with the term.
 */
@Component(service = CuratorService.class)
public class CuratorServiceImpl implements CuratorService {

    static final String RECORD = "patronage.curator";
    static final int NAME = 320;

    private final CaseGate gate;
    private final PatronageRules rules;
    private final OrderService orders;
    private final RecordWriter<CuratorEntity> curators;
    private final ApprovalRoles roles;

    @Activate
    public CuratorServiceImpl(@Reference CaseGate gate, @Reference PatronageRules rules,
            @Reference OrderService orders, @Reference ApprovalRoles roles) {
        this.roles = roles;
        this.gate = gate;
        this.rules = rules;
        this.orders = orders;
        this.curators = new RecordWriter<>(gate.db(), gate.audit(), CuratorEntity.class, RECORD);
    }

    @Override
    public List<Curator> curators(long caseId) {
        Caller who = gate.caller();
        LocalDate today = gate.db().today();
        List<Curator> all = gate.db().read(em -> {
            gate.requireRead(em, who, caseId);
            return terms(em, caseId).stream()
                    .sorted(Comparator.comparing((CuratorEntity k) -> !k.servingOrComing(today))
                            .thenComparing(CuratorEntity::getFrom, Comparator.reverseOrder()))
                    .map(CuratorEntity::toRecord).toList();
        });
        gate.read(caseId);
        return all;
    }

    @Override
    public Curator appoint(long caseId, CuratorDraft draft) {
        Caller who = appointer();
        Candidate c = candidate(draft);
        return curators.create(em -> {
            CaseEntity pc = openCase(em, caseId);
            checkStart(pc, c);
            boolean taken = terms(em, caseId).stream()
                    .anyMatch(k -> k.getKind() == c.kind() && k.servingOrComing(c.from()));
            if (taken) {
                throw new ValidationException("kind", "patronage.error.curatorServing");
            }
            return c.entity(caseId, who, gate);
        }, CuratorEntity::toRecord);
    }

    @Override
    public Curator replace(long curatorId, long version, CuratorDraft successor) {
        Caller who = appointer();
        Candidate c = candidate(successor);
        return curators.create(em -> {
            CuratorEntity old = curators.current(em, curatorId, version);
            CaseEntity pc = openCase(em, old.getCaseId());
            checkStart(pc, c);
            if (!old.servingOrComing(c.from()) || !c.from().isAfter(old.getFrom())) {
                throw new ValidationException("from", "patronage.error.replaceDay", FieldChecks.day(old.getFrom()));
            }
            boolean otherTaken = terms(em, pc.getId()).stream().anyMatch(k -> k.getId() != old.getId()
                    && k.getKind() == c.kind() && k.servingOrComing(c.from()));
            if (otherTaken) {
                throw new ValidationException("kind", "patronage.error.curatorServing");
            }
            old.end(c.from().minusDays(1), c.orderId(), c.orderNumber(), c.orderDate(), CuratorEntity.REPLACED);
            return c.entity(pc.getId(), who, gate);
        }, CuratorEntity::toRecord);
    }

    @Override
    public Curator release(long curatorId, long version, Long orderId, LocalDate on) {
        appointer();
        FieldChecks.plausible("to", on, gate.db().today());
        Order order = order(orderId);
        rules.curatorOrder().check(orderId, order == null ? null : order.date(), on);
        return curators.update(curatorId, version, (em, k) -> {
            openCase(em, k.getCaseId());
            if (!k.servingOrComing(on) || on.isBefore(k.getFrom())) {
                throw new ValidationException("to", "patronage.error.releaseDay", FieldChecks.day(k.getFrom()));
            }
            k.end(on, orderId, order == null ? "" : order.number(), order == null ? null : order.date(),
                    CuratorEntity.RELEASED);
        }, CuratorEntity::toRecord, r -> CuratorEntity.RELEASED);
    }

    @Override
    public ApprovalStep appointer(long caseId) {
        Caller who = gate.caller();
        gate.db().read(em -> gate.requireRead(em, who, caseId));
        ChainStep step = rules.curatorOrderChain().approver();
        return ApprovalStep.open(step, roles.position(step), roles.holders(step.role()));
    }

    /**
     * The caller, holding the approving role of the chain of the curators' orders (003 sections 2.2, 3.1: the
     * director; the school's setting {@code curatorOrderChain}); the system holds every role.
     */
    private Caller appointer() {
        Caller who = gate.caller();
        String role = rules.curatorOrderChain().approver().role();
        if (!who.isSystem() && !who.user().hasRole(role)) {
            throw new AccessDeniedException("role " + role);
        }
        return who;
    }

    /** A checked appointment: who, by which order, from when. */
    private record Candidate(CuratorKind kind, Long staffId, String name, String organisation, Long orderId,
            String orderNumber, LocalDate orderDate, LocalDate from) {

        CuratorEntity entity(long caseId, Caller who, CaseGate gate) {
            return new CuratorEntity(caseId, kind, staffId, name, organisation, orderId, orderNumber, orderDate, from,
                    who.login(), gate.db().now());
        }
    }

    /**
     * The curator chosen in the dialog, refused with every objection at once: the kind, the first day, the order (and
     * the day not before it), the staff member or the outside curator's name and organisation.
     */
    private Candidate candidate(CuratorDraft d) {
        Objections o = new Objections();
        CuratorKind kind = o.value(() -> FieldChecks.present("kind", d.kind()));
        LocalDate from = o.value(() -> FieldChecks.plausible("from", d.from(), gate.db().today()));
        Order order = o.value(() -> order(d.orderId()));
        if (d.orderId() == null || order != null) {
            // an unknown order is already refused on its field
            o.check(() -> rules.curatorOrder().check(d.orderId(), order == null ? null : order.date(), from));
        }
        StaffMember staff = kind == CuratorKind.INTERNAL
                ? o.value(() -> gate.people().staff("staffId", FieldChecks.present("staffId", d.staffId()))) : null;
        String name = kind == CuratorKind.EXTERNAL ? o.value(() -> FieldChecks.required("name", d.name(), NAME)) : "";
        String organisation = kind == CuratorKind.EXTERNAL
                ? o.value(() -> FieldChecks.required("organisation", d.organisation(), NAME)) : "";
        o.refuseAny();
        String number = order == null ? "" : order.number();
        LocalDate date = order == null ? null : order.date();
        if (kind == CuratorKind.INTERNAL) {
            return new Candidate(kind, staff.id(), staff.name().full(), staff.position() == null ? ""
                    : staff.position(), d.orderId(), number, date, from);
        }
        return new Candidate(kind, null, name, organisation, d.orderId(), number, date, from);
    }

    /** The order chosen, or null without one; an unknown order is refused on its field. */
    private Order order(Long orderId) {
        if (orderId == null) {
            return null;
        }
        try {
            return orders.get(orderId);
        } catch (NotFoundException e) {
            throw new ValidationException("orderId", "patronage.error.orderUnknown");
        }
    }

    private void checkStart(CaseEntity pc, Candidate c) {
        if (c.from().isBefore(pc.getOpenedOn())) {
            throw new ValidationException("from", "patronage.rule.beforeOpening", FieldChecks.day(pc.getOpenedOn()));
        }
    }

    private CaseEntity openCase(EntityManager em, long caseId) {
        return gate.find(em, caseId).requireOpen();
    }

    static List<CuratorEntity> terms(EntityManager em, long caseId) {
        return em.createQuery("select k from CuratorEntity k where k.caseId = :c order by k.from", CuratorEntity.class)
                .setParameter("c", caseId).getResultList();
    }
}
