package org.opora.platform.audit.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;

import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditQuery;
import org.opora.platform.api.audit.AuditRecord;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.persistence.TransactionTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The audit journal in its own schema. Append-only: the service has no way to change or delete an entry. */
@Component
public class JournalAuditService implements AuditService {

    private static final Logger LOG = LoggerFactory.getLogger(JournalAuditService.class);
    private static final String SYSTEM = "system";

    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    /** Present while the UI runs; absent for shell and start-up work, which is then recorded as "system". */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SecurityContext securityContext;

    @Activate
    public JournalAuditService(@Reference(target = "(osgi.unit.name=opora-audit)") EntityManagerFactory emf) {
        this.tx = new TransactionTemplate(emf);
    }

    @Override
    public void record(AuditEvent event) {
        SecurityContext ctx = securityContext;
        Optional<OporaUser> user = ctx == null ? Optional.empty() : ctx.currentUser();
        record(user.map(OporaUser::username).orElse(SYSTEM), event);
    }

    @Override
    public void record(String actor, AuditEvent event) {
        try {
            tx.run(em -> em.persist(new AuditEntry(clock.instant(), actor == null || actor.isBlank() ? SYSTEM : actor,
                    event.action(), event.recordType(), event.recordId(), event.summary())));
        } catch (RuntimeException e) {
            // the journal must never break the user's work; the failure itself is logged for the operator
            LOG.error("Audit entry {} {} {} could not be written", event.action(), event.recordType(),
                    event.recordId(), e);
        }
    }

    @Override
    public List<AuditRecord> find(AuditQuery query, int offset, int limit) {
        return tx.read(em -> query(em, query, "select a", " order by a.at desc, a.id desc", AuditEntry.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(AuditEntry::toRecord).toList());
    }

    @Override
    public int count(AuditQuery query) {
        return tx.read(em -> query(em, query, "select count(a)", "", Long.class).getSingleResult().intValue());
    }

    private static <T> TypedQuery<T> query(EntityManager em, AuditQuery q, String select, String order,
            Class<T> type) {
        List<String> where = new ArrayList<>();
        if (q.from() != null) {
            where.add("a.at >= :from");
        }
        if (q.to() != null) {
            where.add("a.at < :to");
        }
        if (q.actor() != null) {
            where.add("a.actor = :actor");
        }
        if (q.action() != null) {
            where.add("a.action = :action");
        }
        if (q.recordType() != null) {
            where.add("a.recordType = :recordType");
        }
        if (q.recordId() != null) {
            where.add("a.recordId = :recordId");
        }
        String jpql = select + " from AuditEntry a" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + order;
        TypedQuery<T> query = em.createQuery(jpql, type);
        if (q.from() != null) {
            query.setParameter("from", q.from());
        }
        if (q.to() != null) {
            query.setParameter("to", q.to());
        }
        if (q.actor() != null) {
            query.setParameter("actor", q.actor());
        }
        if (q.action() != null) {
            query.setParameter("action", q.action());
        }
        if (q.recordType() != null) {
            query.setParameter("recordType", q.recordType());
        }
        if (q.recordId() != null) {
            query.setParameter("recordId", q.recordId());
        }
        return query;
    }
}
