package org.opora.platform.ui.internal.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;

import org.opora.platform.api.security.OporaUser;
import org.opora.platform.ui.internal.LoginService;
import org.opora.platform.ui.internal.LoginService.LoginRefused;
import org.opora.platform.ui.internal.SignedInSessions;

/** The sign-in page: the only page reachable without signing in. */
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final transient LoginService login;
    private final transient SignedInSessions sessions;
    private final int timeoutMinutes;
    private final LoginForm form = new LoginForm();

    public LoginView(LoginService login, SignedInSessions sessions, int timeoutMinutes) {
        this.login = login;
        this.sessions = sessions;
        this.timeoutMinutes = timeoutMinutes;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        H1 product = new H1(getTranslation("platform.app.name"));
        product.getStyle().set("margin-bottom", "0");
        Paragraph tagline = new Paragraph(getTranslation("platform.app.tagline"));
        tagline.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        form.setI18n(i18n(LoginService.Refusal.BAD_CREDENTIALS));
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(e -> signIn(e.getUsername(), e.getPassword()));
        add(product, tagline, form, new LanguageSwitch(login));
    }

    private void signIn(String username, String password) {
        try {
            VaadinServletRequest request = (VaadinServletRequest) VaadinService.getCurrentRequest();
            OporaUser user = login.login(username, password.toCharArray(), request.getRemoteAddr());
            // a new session id after sign-in: an id known before it is worthless afterwards (session fixation);
            // VaadinService.reinitializeSession would break the push connection of this very UI
            request.getHttpServletRequest().changeSessionId();
            boolean replace = login.passwordChangeRequired(user);
            Session.signIn(user, timeoutMinutes, replace);
            sessions.signedIn(user.username(), VaadinSession.getCurrent());
            // a full page load: the new session id and the user's language apply to everything from here on; a
            // temporary password is replaced first
            UI.getCurrent().getPage().setLocation("./" + (replace ? PasswordView.ROUTE : Session.takeTarget()));
        } catch (LoginRefused refused) {
            form.setI18n(i18n(refused.refusal()));
            form.setError(true);
            form.setEnabled(true);
        }
    }

    private LoginI18n i18n(LoginService.Refusal refusal) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("platform.login.title"));
        i18n.getForm().setUsername(getTranslation("platform.login.username"));
        i18n.getForm().setPassword(getTranslation("platform.login.password"));
        i18n.getForm().setSubmit(getTranslation("platform.login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("platform.login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("platform.login.error." + refusal.name()));
        i18n.getErrorMessage().setUsername(getTranslation("platform.login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("platform.login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UI.getCurrent().getPage().setTitle(getTranslation("platform.login.title") + " — "
                + getTranslation("platform.app.name"));
    }
}
