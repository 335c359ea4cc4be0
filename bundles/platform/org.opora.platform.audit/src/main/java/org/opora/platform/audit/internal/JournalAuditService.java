package org.opora.platform.audit.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
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
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.PlatformPermissions;
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
     * Present while the UI runs; absent for shell and start-up work, which is then recorded as "system". Package
     * visible so that a test signs somebody in without a container.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SecurityContext securityContext;

    @Activate
    public JournalAuditService(@Reference(target = "(osgi.unit.name=opora-audit)") EntityManagerFactory emf) {
        this.tx = new TransactionTemplate(emf);
        this.chain = new JournalChain(tx);
        try {
            chain.chainLegacy();
        } catch (RuntimeException e) {
            // the first entry written chains them instead; until then the journal still takes entries
            LOG.error("The audit entries written before the chain existed could not be chained yet", e);
        }
    }

    @Override
    public void record(AuditEvent event) {
        SecurityContext ctx = securityContext;
        Optional<OporaUser> user = ctx == null ? Optional.empty() : ctx.currentUser();
        String nobody = ctx != null && ctx.anonymousRequest() ? ANONYMOUS : SYSTEM;
        record(user.map(OporaUser::username).orElse(nobody), event);
    }

    @Override
    public void record(String actor, AuditEvent event) {
        try {
            // the database keeps microseconds; the hash is made of what it keeps
            AuditEntry entry = new AuditEntry(clock.instant().truncatedTo(ChronoUnit.MICROS),
                    actor == null || actor.isBlank() ? SYSTEM : actor, event.action(), event.recordType(),
                    event.recordId(), event.summary());
            tx.run(em -> chain.append(em, entry));
        } catch (RuntimeException e) {
            LOG.error("Audit entry {} {} {} could not be written", event.action(), event.recordType(),
                    event.recordId(), e);
            if (event.action().discloses()) {
                // a read that leaves no trace is not allowed to happen
                throw new AuditUnavailableException(e);
            }
            // a change or a sign-in is not undone for a failure of the journal; the operator sees it in the log
        }
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
        if (ctx != null && (ctx.currentUser().isPresent() || ctx.anonymousRequest())) {
            ctx.requirePermission(PlatformPermissions.AUDIT);
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
