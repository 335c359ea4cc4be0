package org.opora.platform.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;

import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditQuery;
import org.opora.platform.api.audit.AuditRecord;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.audit.AuditUnavailableException;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.PlatformPermissions;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.api.security.SystemWork;
import org.opora.platform.persistence.TransactionTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit journal in its own schema. Append-only: the service has no way to change or delete an entry, and the
 * entries are chained by their hashes ({@link ChainLink}) so that a change made behind its back shows in
 * {@link #verify()}. Registered under its class too, for the shell's {@code opora:audit-verify}.
 */
@Component(service = { AuditService.class, JournalAuditService.class })
public class JournalAuditService implements AuditService {

    private static final Logger LOG = LoggerFactory.getLogger(JournalAuditService.class);
    private static final String SYSTEM = "system";
    /** The actor of a web request in which nobody is signed in: never the system. */
    static final String ANONYMOUS = "anonymous";

    private final TransactionTemplate tx;
    private final JournalChain chain;
    private final Clock clock = Clock.systemUTC();

    /**
     * Present while the UI runs; without it only the thread's explicit principal counts ({@link SystemWork}). Package
     * visible so that a test signs somebody in without a container.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SecurityContext securityContext;

    /** Told of every change journaled ({@link AuditService#CHANGE_TOPIC}), when Event Admin runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EventAdmin eventAdmin;

    @Activate
    public JournalAuditService(@Reference(target = "(osgi.unit.name=opora-audit)") EntityManagerFactory emf) {
        this.tx = new TransactionTemplate(emf);
        this.chain = new JournalChain(tx);
        try {
            tx.run(em -> sql(() -> SqlChain.chainLegacy(em.unwrap(Connection.class))));
        } catch (RuntimeException e) {
            // the first entry written chains them instead; until then the journal still takes entries
            LOG.error("The audit entries written before the chain existed could not be chained yet", e);
        }
    }

    @Override
    public void record(AuditEvent event) {
        record(actor(), event);
    }

    @Override
    public void record(String actor, AuditEvent event) {
        try {
            NewEntry entry = NewEntry.of(clock.instant(), actor == null || actor.isBlank() ? SYSTEM : actor, event);
            tx.run(em -> sql(() -> SqlChain.append(em.unwrap(Connection.class), entry)));
            announce(entry.actor(), event);
        } catch (RuntimeException e) {
            LOG.error("Audit entry {} {} {} could not be written", event.action(), event.recordType(),
                    event.recordId(), e);
            if (event.action().requiresEntry()) {
                // a read or a change that leaves no trace is not allowed to happen
                throw new AuditUnavailableException(e);
            }
            // a sign-in or a refusal goes on when the journal fails; the operator sees it in the log
        }
    }

    @Override
    public void recordInTransaction(Connection transaction, AuditEvent event) {
        recordInTransaction(transaction, actor(), event);
    }

    @Override
    public void recordInTransaction(Connection transaction, String actor, AuditEvent event) {
        NewEntry entry = NewEntry.of(clock.instant(), actor == null || actor.isBlank() ? SYSTEM : actor, event);
        try {
            SqlChain.append(transaction, entry);
        } catch (SQLException | RuntimeException e) {
            LOG.error("Audit entry {} {} {} could not be written; the change is not made", event.action(),
                    event.recordType(), event.recordId(), e);
            throw new AuditUnavailableException(e);
        }
        announce(entry.actor(), event);
    }

    /** Tells the handlers of {@link AuditService#CHANGE_TOPIC} of a change, in this thread; reads are not told. */
    private void announce(String actor, AuditEvent event) {
        EventAdmin ea = eventAdmin;
        if (ea != null && event.action().requiresEntry() && !event.action().discloses()) {
            ea.sendEvent(new Event(CHANGE_TOPIC, Map.of(CHANGE_ACTOR, actor)));
        }
    }

    /**
     * Who the journal names for the current thread: the signed-in user (or the person a loader acts for), the system
     * when the work says so explicitly, otherwise {@code anonymous}.
     */
    private String actor() {
        SecurityContext ctx = securityContext;
        Optional<OporaUser> user = ctx == null ? SystemWork.actingUser() : ctx.currentUser();
        return user.map(OporaUser::username).orElseGet(() -> system(ctx) ? SYSTEM : ANONYMOUS);
    }

    private static boolean system(SecurityContext ctx) {
        return ctx == null ? SystemWork.system() : ctx.system();
    }

    private static void sql(SqlWork work) {
        try {
            work.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    /**
     * Walks the chain from its first entry to the newest and reports whether it is intact, or the first entry that
     * does not match. Only with the audit permission when somebody is signed in (the shell runs as the system).
     */
    public ChainCheck verify() {
        requireReader();
        return ChainVerifier.verify(chain);
    }

    /**
     * Checks the chain of another database holding Opora's journal (a copy of the data folder, a backup) with plain
     * SQL; it only reads.
     */
    public static ChainCheck verifyCopy(DataSource copy) {
        return ChainVerifier.verify(new CopyChainSource(copy));
    }

    @Override
    public List<AuditRecord> find(AuditQuery query, int offset, int limit) {
        requireReader();
        return tx.read(em -> query(em, query, "select a", " order by a.at desc, a.id desc", AuditEntry.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(AuditEntry::toRecord).toList());
    }

    @Override
    public int count(AuditQuery query) {
        requireReader();
        return tx.read(em -> query(em, query, "select count(a)", "", Long.class).getSingleResult().intValue());
    }

    /**
     * The journal is read only with the audit permission, whatever view asks; a web request without a signed-in user
     * is refused; the system (the shell, start-up) reads it as it is.
     */
    private void requireReader() {
        SecurityContext ctx = securityContext;
        if (ctx != null && ctx.currentUser().isPresent()) {
            ctx.requirePermission(PlatformPermissions.AUDIT);
        } else if (!system(ctx)) {
            throw new AccessDeniedException(PlatformPermissions.AUDIT);
        }
    }

    private static <T> TypedQuery<T> query(EntityManager em, AuditQuery q, String select, String order,
            Class<T> type) {
        // each filter: its condition and parameter value; null values do not filter
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("a.at >= :from", q.from());
        filters.put("a.at < :to", q.to());
        filters.put("a.actor = :actor", q.actor());
        filters.put("a.action = :action", q.action());
        filters.put("a.recordType = :recordType", q.recordType());
        filters.put("a.recordId = :recordId", q.recordId());
        filters.values().removeIf(Objects::isNull);
        String where = filters.isEmpty() ? "" : " where " + String.join(" and ", filters.keySet());
        TypedQuery<T> query = em.createQuery(select + " from AuditEntry a" + where + order, type);
        filters.forEach((condition, value) -> query.setParameter(condition.substring(condition.indexOf(':') + 1),
                value));
        return query;
    }
}
