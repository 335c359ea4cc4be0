package org.opora.platform.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.mappings.CollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;
import org.eclipse.persistence.mappings.ObjectReferenceMapping;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.DeleteObjectQuery;
import org.eclipse.persistence.queries.ModifyAllQuery;
import org.eclipse.persistence.queries.ObjectLevelModifyQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.UnitOfWork;
import org.eclipse.persistence.sessions.server.ClientSession;

/**
 * Tells the other nodes which of their cached records a commit of this node's unit made stale. It listens to the
 * unit's session: every object written (inserted, changed, deleted) is noted on the transaction's client session, and
 * just before the transaction commits the notes go out as {@code NOTIFY opora_cache} on the transaction's own
 * connection — PostgreSQL delivers them only if the commit succeeds, and at once after it.
 *
 * <p>Besides the object itself: an object it refers to that maps a collection of such objects (a parent whose list of
 * children it belongs to) is noted too, and its whole class when the reference moved (the former parent is not
 * known); a many-to-many whose other side maps the collection back notes that side's whole class. A bulk JPQL update
 * or delete notes its whole class, a native SQL write the whole unit. Writes through a bare JDBC connection
 * ({@code em.unwrap(Connection.class)}) are not seen: their entities must be isolated from the shared cache, as the
 * audit journal's are.
 */
final class CacheChanges extends SessionEventAdapter {

    /** More records of one class than this in one commit are sent as the whole class. */
    static final int MAX_PER_CLASS = 100;

    private final CacheCoordination coordination;
    private final String unit;
    private final Map<ClassDescriptor, List<DatabaseMapping>> backReferences = new ConcurrentHashMap<>();
    /** The notes of the open transactions, by the session holding the transaction's connection. */
    private final Map<Session, Pending> open = Collections.synchronizedMap(new WeakHashMap<>());

    CacheChanges(CacheCoordination coordination, String unit) {
        this.coordination = coordination;
        this.unit = unit;
    }

    @Override
    public void postExecuteQuery(SessionEvent event) {
        DatabaseQuery query = event.getQuery();
        if (query instanceof ObjectLevelModifyQuery write && write.getObject() != null) {
            written(event.getSession(), write);
        } else if (query instanceof ModifyAllQuery bulk && bulk.getDescriptor() != null) {
            pending(event.getSession()).wholeClass(bulk.getDescriptor().getAlias());
        } else if (query instanceof DataModifyQuery && query.isUserDefinedSQLCall()) {
            pending(event.getSession()).wholeUnit();
        }
    }

    private void written(Session session, ObjectLevelModifyQuery write) {
        ClassDescriptor descriptor = write.getDescriptor();
        if (descriptor == null || descriptor.isAggregateDescriptor()) {
            return;
        }
        AbstractSession s = (AbstractSession) session;
        Object object = write.getObject();
        Pending pending = pending(session);
        pending.record(descriptor.getAlias(),
                descriptor.getObjectBuilder().extractPrimaryKeyFromObject(object, s));
        ObjectChangeSet changes = write.getObjectChangeSet();
        boolean newOrGone = write instanceof DeleteObjectQuery || (changes != null && changes.isNew());
        for (DatabaseMapping m : backReferences.computeIfAbsent(descriptor, CacheChanges::backReferences)) {
            ClassDescriptor target = ((ForeignReferenceMapping) m).getReferenceDescriptor();
            boolean moved = changes != null && changes.getChangesForAttributeNamed(m.getAttributeName()) != null;
            if (m instanceof ObjectReferenceMapping) {
                Object parent = m.getRealAttributeValueFromObject(object, s);
                if (parent != null) {
                    pending.record(target.getAlias(), target.getObjectBuilder().extractPrimaryKeyFromObject(parent, s));
                }
                if (moved && !newOrGone) {
                    pending.wholeClass(target.getAlias());
                }
            } else if (moved || newOrGone) {
                pending.wholeClass(target.getAlias());
            }
        }
    }

    /** The relations of the descriptor whose other side maps a collection of the descriptor's objects. */
    private static List<DatabaseMapping> backReferences(ClassDescriptor descriptor) {
        List<DatabaseMapping> found = new ArrayList<>();
        for (DatabaseMapping m : descriptor.getMappings()) {
            if (m instanceof ForeignReferenceMapping ref && ref.getReferenceDescriptor() != null) {
                for (DatabaseMapping back : ref.getReferenceDescriptor().getMappings()) {
                    if (back instanceof CollectionMapping c && c.getReferenceClass() != null
                            && c.getReferenceClass().isAssignableFrom(descriptor.getJavaClass())) {
                        found.add(m);
                        break;
                    }
                }
            }
        }
        return found;
    }

    @Override
    public void preCommitTransaction(SessionEvent event) {
        Session session = event.getSession();
        Pending pending = open.get(session);
        if (pending == null || pending.isEmpty()) {
            return;
        }
        Accessor accessor = session instanceof ClientSession client ? client.getWriteConnection()
                : ((AbstractSession) session).getAccessor();
        if (accessor == null || accessor.getConnection() == null) {
            // failing the commit is better than other nodes serving what it changed
            throw new IllegalStateException("No connection to tell the other nodes of the changes of " + unit);
        }
        try {
            notify(accessor.getConnection(), pending.lines());
        } catch (SQLException e) {
            throw new IllegalStateException("The other nodes could not be told of the changes of " + unit + ": "
                    + e.getMessage(), e);
        }
    }

    private void notify(Connection c, List<String> lines) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            for (String payload : CacheNotices.payloads(coordination.node(), unit, lines)) {
                s.setString(1, CacheNotices.CHANNEL);
                s.setString(2, payload);
                s.execute();
            }
        }
    }

    @Override
    public void postCommitTransaction(SessionEvent event) {
        open.remove(event.getSession());
    }

    @Override
    public void postRollbackTransaction(SessionEvent event) {
        open.remove(event.getSession());
    }

    @Override
    public void postLogout(SessionEvent event) {
        coordination.detach(unit, event.getSession());
    }

    /** The notes of one transaction, kept on the session that holds its connection (the client session). */
    private Pending pending(Session session) {
        Session root = session;
        while (root.isUnitOfWork()) {
            root = ((UnitOfWork) root).getParent();
        }
        return open.computeIfAbsent(root, k -> new Pending());
    }

    /** What one transaction wrote, by class alias. */
    static final class Pending {

        private final Map<String, Set<String>> byClass = new LinkedHashMap<>();
        private final Set<String> wholeClasses = new LinkedHashSet<>();
        private boolean wholeUnit;

        void record(String alias, Object key) {
            if (wholeUnit || wholeClasses.contains(alias)) {
                return;
            }
            Set<String> lines = byClass.computeIfAbsent(alias, a -> new LinkedHashSet<>());
            lines.add(CacheNotices.entry(alias, key));
            if (lines.size() > MAX_PER_CLASS) {
                wholeClass(alias);
            }
        }

        void wholeClass(String alias) {
            wholeClasses.add(alias);
            byClass.remove(alias);
        }

        void wholeUnit() {
            wholeUnit = true;
        }

        boolean isEmpty() {
            return !wholeUnit && wholeClasses.isEmpty() && byClass.isEmpty();
        }

        List<String> lines() {
            List<String> lines = new ArrayList<>();
            if (wholeUnit) {
                lines.add(CacheNotices.wholeUnit());
                return lines;
            }
            wholeClasses.forEach(a -> lines.add(CacheNotices.wholeClass(a)));
            byClass.values().forEach(lines::addAll);
            return lines;
        }
    }
}
