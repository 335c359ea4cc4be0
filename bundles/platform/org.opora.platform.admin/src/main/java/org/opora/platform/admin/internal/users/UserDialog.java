package org.opora.platform.admin.internal.users;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;

import org.opora.platform.api.security.Role;
import org.opora.platform.api.security.UserAccount;
import org.opora.platform.api.security.AccountRefused;
import org.opora.platform.api.security.UserAdministration;
import org.opora.platform.ui.api.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates an account (username, name, e-mail, roles, initial password) or edits one (name, e-mail, roles,
 * enabled). Each is one call to the account service, which checks the input and stores all or nothing; its
 * objections are shown on the form.
 */
class UserDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(UserDialog.class);

    private final transient UserAdministration users;
    private final UserAccount existing;
    private final SerializableRunnable onSaved;
    private final TextField username = new TextField();
    private final TextField fullName = new TextField();
    private final TextField email = new TextField();
    private final MultiSelectComboBox<String> roles = new MultiSelectComboBox<>();
    private final Checkbox enabled = new Checkbox();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Errors errors = new Errors("admin-user-error");

    /**
     * @param existing the account to edit, null to create one
     */
    UserDialog(UserAdministration users, UserAccount existing, List<Role> allRoles, SerializableRunnable onSaved) {
        this.users = users;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("admin-user-dialog");
        setHeaderTitle(existing == null ? getTranslation("admin.users.new")
                : getTranslation("admin.users.editTitle", existing.username()));
        setWidth("36em");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        setUp(username, "admin-user-username", "admin.users.username");
        setUp(fullName, "admin-user-fullname", "admin.users.fullName");
        setUp(email, "admin-user-email", "admin.users.email");
        Map<String, String> titles = allRoles.stream().collect(Collectors.toMap(Role::name, Role::title, (a, b) -> a));
        roles.setId("admin-user-roles");
        roles.setLabel(getTranslation("admin.users.roles"));
        // a role the account holds but that no longer exists is listed too; the service refuses it on saving
        Set<String> names = new TreeSet<>(titles.keySet());
        if (existing != null) {
            names.addAll(existing.roles());
        }
        roles.setItems(names);
        roles.setItemLabelGenerator(name -> titles.getOrDefault(name, name));
        enabled.setId("admin-user-enabled");
        enabled.setLabel(getTranslation("admin.users.enabled"));
        setUp(password, "admin-user-password", "admin.users.password");
        setUp(repeat, "admin-user-password-repeat", "admin.users.passwordRepeat");
        if (existing == null) {
            username.setHelperText(getTranslation("admin.users.username.help"));
            form.add(username, fullName, email, roles, password, repeat);
        } else {
            fullName.setValue(existing.displayName());
            email.setValue(existing.email());
            roles.setValue(existing.roles());
            enabled.setValue(existing.enabled());
            form.add(fullName, email, roles, enabled);
        }
        add(form, errors);
        Button save = new Button(getTranslation("admin.common.save"), e -> save());
        save.setId("admin-user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("admin.common.cancel"), e -> close());
        cancel.setId("admin-user-cancel");
        getFooter().add(cancel, save);
    }

    private <F extends Component & HasValidation & HasLabel> void setUp(F field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setManualValidation(true);
        if (field instanceof TextField t) {
            t.setWidthFull();
        }
    }

    private void save() {
        clearErrors();
        Set<String> chosen = Set.copyOf(roles.getValue());
        try {
            if (existing == null) {
                // an empty password is the service's objection too, reported with the other fields' ones
                if (!password.getValue().isEmpty() && !passwordsAgree()) {
                    markWhatTheFormCanTell(); // the repeat beside the other fields' objections, not before them
                    return;
                }
                char[] pw = password.getValue().toCharArray();
                try {
                    users.createUser(username.getValue().strip(), fullName.getValue(), email.getValue().strip(),
                            pw, chosen);
                } finally {
                    Arrays.fill(pw, '\0');
                }
                Notifications.success(getTranslation("admin.users.created", username.getValue().strip()));
            } else {
                users.updateUser(existing.username(), fullName.getValue(), email.getValue().strip(),
                        enabled.getValue(), chosen);
                Notifications.success(getTranslation("admin.users.saved", existing.username()));
            }
            close();
            onSaved.run();
        } catch (AccountRefused e) {
            // every objection on its field at once
            errors.show(e.keys().stream().map(k -> getTranslation(k, users.minPasswordLength()))
                    .collect(java.util.stream.Collectors.joining(" ")));
            e.keys().forEach(this::markField);
        } catch (IllegalArgumentException e) {
            errors.show(getTranslation(e.getMessage() == null ? "admin.common.error" : e.getMessage(),
                    users.minPasswordLength()));
            markField(e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Account could not be saved", e);
            errors.showKey("admin.common.error");
        }
    }

    private boolean passwordsAgree() {
        if (password.getValue().isEmpty()) {
            mark(password, getTranslation("admin.users.error.passwordRequired"));
            return false;
        }
        if (!password.getValue().equals(repeat.getValue())) {
            mark(repeat, getTranslation("admin.users.error.passwordMismatch"));
            return false;
        }
        return true;
    }

    /**
     * Marks the objections the dialog can tell without the service (which it does not ask while the passwords
     * disagree): a login against the platform's one rule, an empty name.
     */
    private void markWhatTheFormCanTell() {
        if (!username.getValue().strip().matches(UserAdministration.USERNAME)) {
            markField("security.error.username");
        }
        if (fullName.getValue().isBlank()) {
            markField("security.error.displayName");
        }
    }

    /** Puts the service's objection on the field it is about, as far as its key tells. */
    private void markField(String key) {
        String k = key == null ? "" : key;
        String text = getTranslation(k, users.minPasswordLength());
        if (k.contains("username")) {
            mark(username, text);
        } else if (k.contains("displayName")) {
            mark(fullName, text);
        } else if (k.contains("email")) {
            mark(email, text);
        } else if (k.contains("password")) {
            mark(password, text);
        } else if (k.contains("Role")) {
            roles.setErrorMessage(text);
            roles.setInvalid(true);
        }
    }

    private static void mark(HasValidation field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    private void clearErrors() {
        errors.clear();
        for (HasValidation f : new HasValidation[] {username, fullName, email, roles, password, repeat}) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
    }
}
