package org.opora.platform.admin.internal.users;

import java.util.Arrays;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;

import org.opora.platform.api.security.UserAdministration;
import org.opora.platform.ui.api.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sets a new password for an account (typed twice); the account service checks it against the password rules. */
class PasswordDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PasswordDialog.class);

    private final transient UserAdministration users;
    private final String username;
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Errors errors = new Errors("admin-password-error");

    PasswordDialog(UserAdministration users, String username) {
        this.users = users;
        this.username = username;
        setId("admin-password-dialog");
        setHeaderTitle(getTranslation("admin.users.passwordTitle", username));
        setWidth("30em");
        password.setId("admin-password-new");
        password.setLabel(getTranslation("admin.users.password"));
        password.setManualValidation(true);
        password.setWidthFull();
        repeat.setId("admin-password-repeat");
        repeat.setLabel(getTranslation("admin.users.passwordRepeat"));
        repeat.setManualValidation(true);
        repeat.setWidthFull();
        FormLayout form = new FormLayout(password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, errors);
        Button save = new Button(getTranslation("admin.users.setPassword"), e -> save());
        save.setId("admin-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("admin.common.cancel"), e -> close());
        cancel.setId("admin-password-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        errors.clear();
        repeat.setInvalid(false);
        password.setInvalid(false);
        if (password.getValue().isEmpty()) {
            password.setErrorMessage(getTranslation("admin.users.error.passwordRequired"));
            password.setInvalid(true);
            return;
        }
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("admin.users.error.passwordMismatch"));
            repeat.setInvalid(true);
            return;
        }
        char[] pw = password.getValue().toCharArray();
        try {
            users.setPassword(username, pw);
            Notifications.success(getTranslation("admin.users.passwordSet", username));
            close();
        } catch (IllegalArgumentException e) {
            errors.show(getTranslation(e.getMessage(), users.minPasswordLength()));
            password.setErrorMessage(getTranslation(e.getMessage(), users.minPasswordLength()));
            password.setInvalid(true);
        } catch (RuntimeException e) {
            LOG.error("Password could not be set", e);
            errors.showKey("admin.common.error");
        } finally {
            Arrays.fill(pw, '\0');
        }
    }
}
