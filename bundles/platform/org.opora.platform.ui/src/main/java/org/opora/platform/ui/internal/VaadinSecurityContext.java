package org.opora.platform.ui.internal;

import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;

import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;
import org.osgi.service.component.annotations.Component;

/** The signed-in user of the Vaadin session the current thread serves. */
@Component
public class VaadinSecurityContext implements SecurityContext {

    @Override
    public Optional<OporaUser> currentUser() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(OporaUser.class));
    }
}
