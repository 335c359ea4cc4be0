package org.opora.platform.ui.internal.view;

import java.util.Arrays;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.VaadinSession;

import org.opora.platform.api.security.OporaUser;
import org.opora.platform.ui.internal.LoginService;
import org.opora.platform.ui.internal.SignedInSessions;

/**
 * The signed-in user replaces their own password ({@value #ROUTE}): the current one, the new one twice. Reached
 * from the top bar, and before anything else after signing in with a temporary password (set by an administrator).
 * The user's other open sessions end; this one stays.
 */
public class PasswordView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "password";
    private static final long serialVersionUID = 1L;

    private final transient LoginService login;
    private final Paragraph why = new Paragraph();
    private final PasswordField current = new PasswordField();
    private final PasswordField replacement = new PasswordField();
    private final PasswordField repeated = new PasswordField();

    public PasswordView(LoginService login) {
        this.login = login;
        setId("opora-password");
        setMaxWidth("40rem");
        why.setId("opora-password-why");
        current.setId("opora-password-current");
        current.setLabel(getTranslation("platform.password.current"));
        replacement.setId("opora-password-new");
        replacement.setLabel(getTranslation("platform.password.new"));
        replacement.setHelperText(getTranslation("platform.password.hint"));
        repeated.setId("opora-password-repeat");
        repeated.setLabel(getTranslation("platform.password.repeat"));
        FormLayout form = new FormLayout(current, replacement, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button save = new Button(getTranslation("platform.password.save"), e -> save());
        save.setId("opora-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("platform.password.title")), why, form, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean forced = Session.mustReplacePassword();
        why.setText(getTranslation(forced ? "platform.password.forced" : "platform.password.intro"));
        why.getStyle().set("color", forced ? "var(--lumo-error-text-color)" : "var(--lumo-secondary-text-color)");
    }

    private void save() {
        current.setInvalid(false);
        replacement.setInvalid(false);
        repeated.setInvalid(false);
        if (!replacement.getValue().equals(repeated.getValue())) {
            repeated.setErrorMessage(getTranslation("platform.password.mismatch"));
            repeated.setInvalid(true);
            return;
        }
        OporaUser user = Session.user().orElseThrow();
        char[] old = current.getValue().toCharArray();
        char[] fresh = replacement.getValue().toCharArray();
        try {
            SignedInSessions.keepThroughOwnPasswordChange(VaadinSession.getCurrent());
            login.changeOwnPassword(user, old, fresh);
        } catch (IllegalArgumentException refused) {
            SignedInSessions.changeRefused(VaadinSession.getCurrent());
            PasswordField field = "security.error.currentPassword".equals(refused.getMessage()) ? current : replacement;
            field.setErrorMessage(getTranslation(refused.getMessage(), login.minPasswordLength()));
            field.setInvalid(true);
            return;
        } finally {
            Arrays.fill(old, '\0');
            Arrays.fill(fresh, '\0');
        }
        current.clear();
        replacement.clear();
        repeated.clear();
        Session.passwordReplaced();
        Notification done = Notification.show(getTranslation("platform.password.done"), 5000,
                Notification.Position.TOP_CENTER);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate("");
    }
}
