package org.opora.platform.ui.internal;

import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;

import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;
import org.osgi.service.component.annotations.Component;

/**
 * The signed-in user of the Vaadin session the current thread serves. A thread serving a session in which nobody is
 * signed in (the sign-in page, a forged request of a closed session) is an anonymous request; a thread serving no
 * session (the shell, start-up, background jobs) has no user and the system acts.
 */
@Component
public class VaadinSecurityContext implements SecurityContext {

    @Override
    public Optional<OporaUser> currentUser() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(OporaUser.class));
    }

    @Override
    public boolean anonymousRequest() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getAttribute(OporaUser.class) == null;
    }
}
