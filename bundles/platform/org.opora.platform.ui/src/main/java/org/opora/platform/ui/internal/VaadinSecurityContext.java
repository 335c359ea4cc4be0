package org.opora.platform.ui.internal;

import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;

import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.api.security.SystemWork;
import org.osgi.service.component.annotations.Component;

/**
 * The signed-in user of the Vaadin session the current thread serves, else the person or the system the platform's
 * own work names ({@link SystemWork}). A thread serving a session in which nobody is signed in (the sign-in page, a
 * forged request of a closed session) is an anonymous request; a thread with no principal at all is nobody — both are
 * refused by the services.
 */
@Component
public class VaadinSecurityContext implements SecurityContext {

    @Override
    public Optional<OporaUser> currentUser() {
        VaadinSession session = VaadinSession.getCurrent();
        OporaUser signedIn = session == null ? null : session.getAttribute(OporaUser.class);
        return signedIn != null ? Optional.of(signedIn) : SystemWork.actingUser();
    }

    @Override
    public boolean anonymousRequest() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getAttribute(OporaUser.class) == null && SystemWork.purpose().isEmpty();
    }
}
