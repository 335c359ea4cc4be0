package org.opora.programmes.impl.internal.support;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The permission checks of the programmes' services. A call made for a signed-in user is checked against their
 * permissions; a call without one (start-up, a demo loader, the shell, in-container tests, a background thread)
 * acts as the system, as everywhere on the platform.
 */
@Component(service = Guard.class)
public class Guard {

    public static final String SYSTEM = "system";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SecurityContext securityContext;

    /** Who a loader writes as on this thread, or nobody. */
    private static final ThreadLocal<OporaUser> ACTING = new ThreadLocal<>();

    /**
     * Runs work on this thread as the given person, without a session: a demo loader drafts a programme as its
     * curator and approves it as the director, so that the records name people, not the system.
     */
    public static <T> T actingAs(OporaUser user, Supplier<T> work) {
        OporaUser before = ACTING.get();
        ACTING.set(user);
        try {
            return work.get();
        } finally {
            if (before == null) {
                ACTING.remove();
            } else {
                ACTING.set(before);
            }
        }
    }

    public Optional<OporaUser> user() {
        OporaUser acting = ACTING.get();
        if (acting != null) {
            return Optional.of(acting);
        }
        SecurityContext ctx = securityContext;
        return ctx == null ? Optional.empty() : ctx.currentUser();
    }

    /** The login written in records and the journal, or {@code system}. */
    public String actor() {
        return user().map(OporaUser::username).orElse(SYSTEM);
    }

    /** The user's language; Russian for the system. */
    public Locale locale() {
        return user().map(OporaUser::locale).orElse(Locale.forLanguageTag("ru"));
    }

    /** Whether the current caller holds the permission (the system holds all). */
    public boolean allows(String permission) {
        return user().map(u -> u.has(permission)).orElse(true);
    }

    /** @throws AccessDeniedException when a signed-in user lacks the permission */
    public void require(String permission) {
        if (!allows(permission)) {
            throw new AccessDeniedException(permission);
        }
    }
}
