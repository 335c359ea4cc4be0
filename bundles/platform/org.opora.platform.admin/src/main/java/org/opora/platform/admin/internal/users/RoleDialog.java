package org.opora.platform.admin.internal.users;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;

import org.opora.platform.api.security.AccountRefused;
import org.opora.platform.api.security.PermissionDefinition;
import org.opora.platform.api.security.Role;
import org.opora.platform.api.security.UserAdministration;
import org.opora.platform.ui.api.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a role (name, title, permissions) or edits one (title, permissions). Permissions a role holds from a
 * module that is not installed now are listed too, so that saving does not drop them unseen.
 */
class RoleDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RoleDialog.class);

    private final transient UserAdministration users;
    private final Role existing;
    private final SerializableRunnable onSaved;
    private final TextField name = new TextField();
    private final TextField title = new TextField();
    private final CheckboxGroup<String> permissions = new CheckboxGroup<>();
    private final Errors errors = new Errors("admin-role-error");

    /**
     * @param existing the role to edit, null to create one
     */
    RoleDialog(UserAdministration users, Role existing, List<PermissionDefinition> declared,
            SerializableRunnable onSaved) {
        this.users = users;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("admin-role-dialog");
        setHeaderTitle(existing == null ? getTranslation("admin.roles.new")
                : getTranslation("admin.roles.editTitle", existing.name()));
        setWidth("40em");
        name.setId("admin-role-name");
        name.setLabel(getTranslation("admin.roles.name"));
        name.setHelperText(getTranslation("admin.roles.name.help"));
        name.setManualValidation(true);
        title.setId("admin-role-title");
        title.setLabel(getTranslation("admin.roles.title"));
        title.setManualValidation(true);
        permissions.setId("admin-role-permissions");
        permissions.setLabel(getTranslation("admin.roles.permissions"));
        permissions.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        Map<String, String> labels = labels(declared, existing == null ? Set.of() : existing.permissions());
        permissions.setItems(labels.keySet());
        permissions.setItemLabelGenerator(labels::get);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (existing == null) {
            form.add(name);
        } else {
            title.setValue(existing.title());
            permissions.setValue(existing.permissions());
        }
        form.add(title, permissions);
        add(form, errors);
        Button save = new Button(getTranslation("admin.common.save"), e -> save());
        save.setId("admin-role-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("admin.common.cancel"), e -> close());
        cancel.setId("admin-role-cancel");
        getFooter().add(cancel, save);
    }

    /** Permission id to label: the declared ones by id, then any the role holds that nobody declares now. */
    private Map<String, String> labels(List<PermissionDefinition> declared, Set<String> held) {
        Map<String, String> labels = new LinkedHashMap<>();
        declared.stream().sorted(Comparator.comparing(PermissionDefinition::id))
                .forEach(p -> labels.put(p.id(), getTranslation("admin.roles.permission", getTranslation(p.titleKey()),
                        p.id())));
        held.stream().filter(id -> !labels.containsKey(id)).sorted()
                .forEach(id -> labels.put(id, getTranslation("admin.roles.permission.undeclared", id)));
        return labels;
    }

    private void save() {
        errors.clear();
        name.setInvalid(false);
        title.setInvalid(false);
        permissions.setInvalid(false);
        String roleName = existing == null ? name.getValue().strip() : existing.name();
        try {
            // saving a role by a name that exists would overwrite that role: refused here, an empty title with it
            if (existing == null && users.roles().stream().anyMatch(r -> r.name().equals(roleName))) {
                throw new AccountRefused(title.getValue().isBlank()
                        ? List.of("admin.roles.error.taken", "security.error.roleTitle")
                        : List.of("admin.roles.error.taken"));
            }
            users.saveRole(roleName, title.getValue(), new HashSet<>(permissions.getValue()));
            Notifications.success(getTranslation("admin.roles.saved", roleName));
            close();
            onSaved.run();
        } catch (AccountRefused e) {
            // every objection at once, each on its input; those about the permissions above the list
            errors.show(e.keys().stream().map(this::getTranslation).collect(Collectors.joining(" ")));
            e.keys().forEach(this::mark);
        } catch (IllegalArgumentException e) {
            errors.showKey(e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Role could not be saved", e);
            errors.showKey("admin.common.error");
        }
    }

    private void mark(String key) {
        if (key.contains("roleTitle")) {
            mark(title, key);
        } else if (key.contains("roleName") || key.contains("taken")) {
            mark(name, key);
        } else if (key.contains("Permission")) {
            permissions.setErrorMessage(getTranslation(key));
            permissions.setInvalid(true);
        }
    }

    private void mark(TextField field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }
}
