package org.opora.platform.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows guessing down where it comes from, in memory: failed sign-ins are counted per client address and account,
 * and per client address over all accounts, within a window. A pair or an address past its limit is refused
 * without a password check (which costs no CPU) until its oldest failure leaves the window, while the same
 * account signs in from everywhere else: a stranger cannot lock the director out. The account lock of the
 * database ({@link LockoutPolicy}) stays as the backstop against guessing from many addresses. The memory is
 * bounded: beyond {@link #MAX_KEYS} tracked keys the least recently failed are forgotten.
 */
final class SignInThrottle {

    static final int MAX_KEYS = 20_000;

    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_KEYS;
        }
    };

    /**
     * @param perAccount failures of one account from one address that close that pair
     * @param perAddress failures from one address, whatever the accounts, that close the address
     * @param window     how long a failure counts
     */
    SignInThrottle(int perAccount, int perAddress, Duration window) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** Whether a sign-in of the account from the address may be tried now. */
    synchronized boolean allowed(String address, String username, Instant now) {
        return count(pair(address, username), now) < perAccount && count(address(address), now) < perAddress;
    }

    synchronized void failed(String address, String username, Instant now) {
        add(pair(address, username), now);
        add(address(address), now);
    }

    /** A successful sign-in forgets the pair's failures (the address's count stays). */
    synchronized void succeeded(String address, String username) {
        failures.remove(pair(address, username));
    }

    private int count(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant from = now.minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(from)) {
            times.pollFirst();
        }
        if (times.isEmpty()) {
            failures.remove(key);
            return 0;
        }
        return times.size();
    }

    private void add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        times.addLast(now);
        while (times.size() > Math.max(perAccount, perAddress)) {
            times.pollFirst();
        }
    }

    private static String pair(String address, String username) {
        return "u\u0000" + address + '\u0000' + username.toLowerCase(Locale.ROOT);
    }

    private static String address(String address) {
        return "a\u0000" + address;
    }
}
