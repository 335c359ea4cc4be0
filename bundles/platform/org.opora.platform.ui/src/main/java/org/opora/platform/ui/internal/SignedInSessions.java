package org.opora.platform.ui.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.PlatformPermissions;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intranet's signed-in sessions by account, so that an account's sessions end at once when it is disabled or
 * its password is set by an administrator or changed by its owner ({@link PlatformPermissions#SESSIONS_END_TOPIC}):
 * each open page is sent to the sign-in page and whatever it still asks is refused. The session in which the owner
 * changed their own password stays. Sessions are held weakly: one that expired
 * is forgotten with it.
 */
@Component(service = {SignedInSessions.class, EventHandler.class},
        property = EventConstants.EVENT_TOPIC + "=" + PlatformPermissions.SESSIONS_END_TOPIC)
public class SignedInSessions implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SignedInSessions.class);
    /** The session attribute marking a session whose sign-in was ended: its pages treat it as signed out. */
    public static final String ENDED = "opora.sessionEnded";
    /** The owner changed the password in this session: it survives that change. */
    private static final String KEEP = "opora.keepThroughOwnPasswordChange";

    private final Map<String, Set<VaadinSession>> byAccount = new HashMap<>();

    /** Remembers the session as the account's, after a successful sign-in. */
    public synchronized void signedIn(String username, VaadinSession session) {
        byAccount.computeIfAbsent(username, u -> Collections.newSetFromMap(new WeakHashMap<>())).add(session);
    }

    /** Forgets the session (signed out). */
    public synchronized void signedOut(String username, VaadinSession session) {
        Set<VaadinSession> sessions = byAccount.get(username);
        if (sessions != null) {
            sessions.remove(session);
        }
    }

    /** Marks the session as the one in which its owner is about to change their own password. */
    public static void keepThroughOwnPasswordChange(VaadinSession session) {
        session.setAttribute(KEEP, Boolean.TRUE);
    }

    /** Takes the mark back: the change was refused, so a later one of another session does not spare this one. */
    public static void changeRefused(VaadinSession session) {
        session.setAttribute(KEEP, null);
    }

    @Override
    public void handleEvent(Event event) {
        Object account = event.getProperty(PlatformPermissions.ACCOUNT);
        if (account instanceof String username) {
            end(username, "own-password".equals(event.getProperty("change")));
        }
    }

    /** Ends the account's sessions; with {@code ownChange}, the one marked by the owner stays (its mark is cleared). */
    void end(String username, boolean ownChange) {
        List<VaadinSession> ending;
        synchronized (this) {
            Set<VaadinSession> sessions = byAccount.getOrDefault(username, Set.of());
            ending = new ArrayList<>(sessions);
            sessions.clear();
        }
        int ended = 0;
        for (VaadinSession session : ending) {
            if (ownChange && Boolean.TRUE.equals(session.getAttribute(KEEP))) {
                session.access(() -> session.setAttribute(KEEP, null));
                signedIn(username, session);
                continue;
            }
            endOne(session);
            ended++;
        }
        if (ended > 0) {
            LOG.info("Ended {} open session(s) of {}", ended, username);
        }
    }

    /**
     * Ends the session's sign-in at once: the user is replaced by the same account without any permission (so that
     * whatever an open page still asks is refused), the session is marked ended (the pages treat it as signed out)
     * and each open page is sent to the sign-in page. The HTTP session itself stays until it expires or its owner
     * signs in again with a new id, so that no push on its way is lost.
     */
    private static void endOne(VaadinSession session) {
        try {
            session.access(() -> {
                OporaUser user = session.getAttribute(OporaUser.class);
                if (user != null) {
                    session.setAttribute(OporaUser.class, new OporaUser(user.username(), user.displayName(),
                            Set.of(), Set.of(), user.locale()));
                }
                session.setAttribute(ENDED, Boolean.TRUE);
                for (UI ui : session.getUIs()) {
                    ui.getPage().setLocation(ui.getInternals().getContextRootRelativePath() + "login");
                }
            }).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Could not end a session's sign-in", e);
        }
    }
}
