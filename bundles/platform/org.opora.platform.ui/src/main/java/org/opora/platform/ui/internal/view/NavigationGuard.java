package org.opora.platform.ui.internal.view;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;

import org.opora.platform.api.security.OporaUser;
import org.opora.platform.ui.internal.LoginService;
import org.opora.platform.ui.internal.ViewRegistry;

/**
 * Runs before every navigation of every UI: nobody sees any page but the sign-in page without signing in, and
 * nobody opens a view whose permission they lack — also not by typing its URL; who signed in with a temporary
 * password sees nothing but the page that replaces it.
 */
public final class NavigationGuard implements BeforeEnterListener {

    private static final long serialVersionUID = 1L;

    private final transient ViewRegistry views;
    private final transient LoginService login;

    public NavigationGuard(ViewRegistry views, LoginService login) {
        this.views = views;
        this.login = login;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        OporaUser user = Session.user().flatMap(u -> Session.refresh(u, login)).orElse(null);
        if (target == LoginView.class) {
            if (user != null) {
                event.forwardTo("");
            }
            return;
        }
        if (user == null) {
            Session.rememberTarget(event.getLocation().getPathWithQueryParameters());
            event.forwardTo(LoginView.class);
            return;
        }
        if (Session.mustReplacePassword() && target != PasswordView.class) {
            event.forwardTo(PasswordView.class); // a temporary password is replaced before anything else
            return;
        }
        views.forType(target).filter(v -> !user.has(v.permission()))
                .ifPresent(v -> event.rerouteToError(ViewAccessDenied.class, v.route()));
    }
}
