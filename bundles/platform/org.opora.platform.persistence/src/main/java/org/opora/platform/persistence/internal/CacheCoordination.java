package org.opora.platform.persistence.internal;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Session;
import org.opora.platform.persistence.internal.CacheNotices.Entry;
import org.opora.platform.persistence.internal.CacheNotices.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the shared caches of one node's units true to a PostgreSQL database that other nodes write to, with no
 * service besides the database: each unit tells the others what its commits changed ({@link CacheChanges}), and one
 * connection of this node listens for what the others changed ({@link CacheListener}) and drops those records from
 * the named unit's cache, so that the next read fetches them. When that connection is lost, every unit's whole cache
 * is dropped, again once it listens anew: a notification missed in between never leaves a stale copy.
 *
 * <pre>
 * CacheCoordination coordination = CacheCoordination.start(dataSource);
 * coordination.attach("opora-core", emf);   // after the unit is deployed, before its first transaction
 * …
 * coordination.close();                      // the node stops
 * </pre>
 */
public final class CacheCoordination implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CacheCoordination.class);

    private final String node = UUID.randomUUID().toString();
    private final Map<String, Set<Session>> units = new ConcurrentHashMap<>();
    private final CacheListener listener;

    private CacheCoordination(DataSource dataSource) {
        this.listener = new CacheListener(dataSource, this);
    }

    /**
     * Starts listening on a connection of its own (not one the units use).
     *
     * @throws IllegalStateException when the database cannot be reached
     */
    public static CacheCoordination start(DataSource dataSource) {
        CacheCoordination c = new CacheCoordination(dataSource);
        c.listener.start();
        LOG.info("Cache coordination of node {} listens on PostgreSQL's channel {}", c.node, CacheNotices.CHANNEL);
        return c;
    }

    /** This node's id, new at every start: a node ignores what it sent itself. */
    public String node() {
        return node;
    }

    /** Makes the unit tell the other nodes of its commits, and hear of theirs. */
    public void attach(String unit, EntityManagerFactory emf) {
        DatabaseSession session = JpaHelper.getDatabaseSession(emf);
        session.getEventManager().addListener(new CacheChanges(this, unit));
        units.computeIfAbsent(unit, u -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** The unit's session logged out (its factory closed). */
    void detach(String unit, Session session) {
        Set<Session> sessions = units.get(unit);
        if (sessions != null) {
            sessions.remove(session);
        }
    }

    /** Drops from this node's caches what another node's commit changed. */
    void apply(Notice notice) {
        if (node.equals(notice.node())) {
            return;
        }
        Set<Session> sessions = units.get(notice.unit());
        if (sessions == null) {
            return;
        }
        for (Session session : sessions) {
            for (Entry e : notice.entries()) {
                invalidate(session, e);
            }
        }
    }

    private static void invalidate(Session session, Entry e) {
        ClassDescriptor descriptor = CacheNotices.ALL.equals(e.alias()) ? null
                : session.getClassDescriptorForAlias(e.alias());
        if (descriptor == null) {
            // the whole unit, or a class this node's revision of the module does not know
            session.getIdentityMapAccessor().invalidateAll();
        } else if (e.key() == null) {
            session.getIdentityMapAccessor().invalidateClass(descriptor.getJavaClass());
        } else {
            session.getIdentityMapAccessor().invalidateObject(e.key(), descriptor.getJavaClass());
        }
    }

    /** Drops every unit's whole cache: what another node changed meanwhile may not have been heard. */
    void invalidateAll() {
        units.values().forEach(sessions -> sessions.forEach(s -> s.getIdentityMapAccessor().invalidateAll()));
    }

    /** The number of times the listening connection was opened (1 while it never failed). */
    public long connections() {
        return listener.connections();
    }

    /** Stops listening. */
    @Override
    public void close() {
        listener.close();
    }
}
