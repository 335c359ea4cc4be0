package org.opora.consilium.impl.internal.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;

import org.opora.consilium.api.link.ProtocolListener;
import org.opora.consilium.api.link.ProtocolRef;
import org.opora.consilium.impl.internal.model.AgendaItemEntity;
import org.opora.consilium.impl.internal.model.MeetingEntity;
import org.opora.consilium.impl.internal.model.OutboxEntity;
import org.opora.consilium.impl.internal.support.ConsiliumDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The protocol's outbox: the decisions of a finalised or amended protocol reach the other modules (the programmes
 * module closes, extends or changes a programme under review) even when a module cannot apply them at once. A row
 * is written in the protocol's own transaction ({@link #record}); right after the commit it is delivered in the
 * user's call ({@link #deliver}); a delivery that a {@link ProtocolListener} refuses with an exception is tried again
 * by a background task — after 1, 5 and 15 minutes, then hourly — and rows still waiting after a crash or a restart
 * are delivered a minute after the module starts. Listeners apply a part they already applied as a no-op, so a
 * delivery repeated after a crash does no harm. Several nodes on one database each run the task: a row is claimed in
 * the database before it is tried ({@link #claim}), so only one of them delivers it; a node that dies holding a claim
 * leaves the row to the others after {@link #LEASE}.
 */
@Component(service = ProtocolOutbox.class)
public class ProtocolOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(ProtocolOutbox.class);

    /** How long the scheduled task leaves a new row to the user's own call before it may take it. */
    static final Duration OWN_CALL = Duration.ofMinutes(2);
    private static final Duration[] BACKOFF = { Duration.ofMinutes(1), Duration.ofMinutes(5),
        Duration.ofMinutes(15), Duration.ofHours(1) };
    /** How long a claimed row is left to the node that took it before another may take it. */
    static final Duration LEASE = Duration.ofMinutes(10);
    /** After this many failed attempts each further failure is logged as an error. */
    static final int ALARM = 5;

    private final ConsiliumDatabase db;
    private final List<ProtocolListener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer;

    /** Starts the task that delivers the waiting rows, a minute after the start and every minute after. */
    @Activate
    public ProtocolOutbox(@Reference ConsiliumDatabase db) {
        this(db, true);
    }

    /** @param scheduled whether the background task runs (tests deliver by hand) */
    public ProtocolOutbox(ConsiliumDatabase db, boolean scheduled) {
        this.db = db;
        if (scheduled) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "opora-consilium-outbox");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(this::deliverDueQuietly, 60, 60, TimeUnit.SECONDS);
        } else {
            timer = null;
        }
    }

    @Deactivate
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addListener(ProtocolListener listener) {
        listeners.add(listener);
    }

    void removeListener(ProtocolListener listener) {
        listeners.remove(listener);
    }

    /**
     * Writes the row inside the protocol's transaction: every part of the meeting's protocol, or only the item's.
     *
     * @return the row's id, to deliver after the commit
     */
    long record(EntityManager em, long meetingId, Long itemId, String by) {
        OutboxEntity row = new OutboxEntity(meetingId, itemId, db.now(), by, db.now().plus(OWN_CALL));
        em.persist(row);
        em.flush();
        return row.getId();
    }

    /** Delivers one row now, whatever its next attempt; a row already delivered is left alone. */
    void deliver(long rowId) {
        OutboxEntity row = db.read(em -> em.find(OutboxEntity.class, rowId));
        if (row != null && row.getDeliveredAt() == null) {
            attempt(row, db.now());
        }
    }

    /** Delivers every row whose next attempt is due; the number delivered. */
    int deliverDue() {
        return deliverDue(db.now());
    }

    /** Delivers every row whose next attempt is due at the moment given. */
    int deliverDue(Instant now) {
        List<OutboxEntity> due = db.read(em -> em.createQuery("select o from OutboxEntity o where o.deliveredAt is null"
                + " and o.nextAttemptAt <= :now order by o.id", OutboxEntity.class).setParameter("now", now)
                .getResultList());
        int delivered = 0;
        for (OutboxEntity row : due) {
            if (claim(row.getId(), now) && attempt(row, now)) {
                delivered++;
            }
        }
        return delivered;
    }

    /**
     * Takes a due row for this node: its next attempt is moved a {@link #LEASE} ahead in one conditional update, which
     * only one of several nodes reading the same due row can make.
     *
     * @return whether this node took it
     */
    boolean claim(long rowId, Instant now) {
        return db.write(em -> em.createQuery("update OutboxEntity o set o.nextAttemptAt = :lease where o.id = :id"
                + " and o.deliveredAt is null and o.nextAttemptAt <= :now").setParameter("lease", now.plus(LEASE))
                .setParameter("id", rowId).setParameter("now", now).executeUpdate()) == 1;
    }

    /** The rows not delivered yet, oldest first. */
    List<OutboxEntity> waiting() {
        return db.read(em -> em.createQuery("select o from OutboxEntity o where o.deliveredAt is null order by o.id",
                OutboxEntity.class).getResultList());
    }

    private void deliverDueQuietly() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.warn("The consilium's outbox could not be read; it is tried again in a minute", e);
        }
    }

    private boolean attempt(OutboxEntity row, Instant now) {
        List<ProtocolRef> refs = db.read(em -> refs(em, row));
        String error = null;
        for (ProtocolListener l : listeners) {
            try {
                if (!refs.isEmpty()) {
                    l.protocolFinalised(refs);
                }
            } catch (RuntimeException e) {
                error = l.getClass().getName() + ": " + e;
                int attempts = row.getAttempts() + 1;
                if (attempts >= ALARM) {
                    LOG.error("The decisions of the consilium's protocol (meeting {}) are still not applied after {}"
                            + " attempts", row.getMeetingId(), attempts, e);
                } else {
                    LOG.warn("The decisions of the consilium's protocol (meeting {}) were not applied by {}; tried"
                            + " again later", row.getMeetingId(), l.getClass().getName(), e);
                }
            }
        }
        String failure = error;
        db.run(em -> {
            OutboxEntity o = em.find(OutboxEntity.class, row.getId());
            if (failure == null) {
                o.delivered(db.now());
            } else {
                o.failed(failure, now.plus(backoff(o.getAttempts() + 1)));
            }
        });
        return failure == null;
    }

    /** The wait after the given number of failed attempts: 1, 5, 15 minutes, then an hour. */
    static Duration backoff(int failedAttempts) {
        return BACKOFF[Math.min(Math.max(failedAttempts - 1, 0), BACKOFF.length - 1)];
    }

    private static List<ProtocolRef> refs(EntityManager em, OutboxEntity row) {
        MeetingEntity m = em.find(MeetingEntity.class, row.getMeetingId());
        List<ProtocolRef> refs = new ArrayList<>();
        if (m == null) {
            return refs;
        }
        for (AgendaItemEntity i : AgendaRecords.items(em, m.getId())) {
            if (row.getItemId() == null || row.getItemId().equals(i.getId())) {
                refs.add(i.toRef(m));
            }
        }
        return refs;
    }
}
