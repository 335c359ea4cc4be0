package org.opora.platform.ui.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.opora.platform.api.duty.Duty;
import org.opora.platform.api.security.OporaUser;

/**
 * The duties on the home page ("my duties") as last computed for a user, shared by all that user’s tabs, so that
 * going back to the home page does not ask every module again. A user’s own change drops their entries at once
 * ({@link #changedBy}); another person’s change that touches the user’s duties shows within {@link #FRESH} at the
 * latest, when the entry is computed again. The key is the whole {@link OporaUser} with the language: another role
 * or permission is another entry, and nobody is ever given another user’s duties.
 *
 * <p>Example: the psychologist saves a plan row and goes home: the duty it settled is gone. The deputy approves
 * the psychologist’s referral: its duty leaves the psychologist’s home page within 30 seconds.
 */
final class DutyCache {

    /** How long a computed list is shown without asking the modules again. */
    static final Duration FRESH = Duration.ofSeconds(30);
    /** Entries kept at most; beyond, all are dropped (a district server: a few thousand signed-in users). */
    static final int MAX_ENTRIES = 10_000;

    private record Key(OporaUser user, Locale locale) {
    }

    private record Entry(List<Duty> duties, Instant computed, long userMark, long epoch) {
    }

    private final Clock clock;
    private final AtomicLong counter = new AtomicLong();
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    /** The counter at the last change of each user; absent: never changed since the start. */
    private final Map<String, Long> userMarks = new ConcurrentHashMap<>();
    private volatile long epoch;

    DutyCache(Clock clock) {
        this.clock = clock;
    }

    /** The user’s duties: the stored ones while fresh and unchanged, else {@code compute}’s, stored. */
    List<Duty> duties(OporaUser user, Locale locale, Supplier<List<Duty>> compute) {
        Key key = new Key(user, locale);
        // the marks are read before computing: a change during the computation leaves the entry already stale
        long mark = userMarks.getOrDefault(user.username(), 0L);
        long era = epoch;
        Instant now = clock.instant();
        Entry e = entries.get(key);
        if (e != null && e.userMark() == mark && e.epoch() == era && now.isBefore(e.computed().plus(FRESH))) {
            return e.duties();
        }
        List<Duty> computed = List.copyOf(compute.get());
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(computed, now, mark, era));
        return computed;
    }

    /** A change made by this user: their next visit computes their duties again. */
    void changedBy(String username) {
        userMarks.put(username, counter.incrementAndGet());
    }

    /** Every entry is computed again (a module came or went). */
    void clear() {
        epoch = counter.incrementAndGet();
        entries.clear();
    }
}
