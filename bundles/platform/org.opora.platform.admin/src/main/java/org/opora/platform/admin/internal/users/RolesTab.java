package org.opora.platform.admin.internal.users;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.platform.api.security.PermissionDefinition;
import org.opora.platform.api.security.Role;
import org.opora.platform.api.security.UserAdministration;
import org.opora.platform.ui.api.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The roles with the number of permissions each grants; a role's permissions are edited in a dialog. */
class RolesTab extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RolesTab.class);

    private final transient UserAdministration users;
    private final Grid<Role> grid = new Grid<>();

    RolesTab(UserAdministration users) {
        this.users = users;
        setSizeFull();
        setPadding(false);
        Button create = new Button(getTranslation("admin.roles.new"), VaadinIcon.PLUS.create(), e -> open(null));
        create.setId("admin-role-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(create);
        grid.setId("admin-roles-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Role::name).setHeader(getTranslation("admin.roles.name")).setAutoWidth(true).setSortable(true);
        grid.addColumn(Role::title).setHeader(getTranslation("admin.roles.title")).setFlexGrow(1).setSortable(true);
        grid.addColumn(r -> r.permissions().size()).setHeader(getTranslation("admin.roles.permissionCount"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::edit).setHeader(getTranslation("admin.common.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        addAndExpand(grid);
        reload();
    }

    private Component edit(Role role) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(role));
        edit.setId("admin-role-edit-" + role.name());
        edit.setTooltipText(getTranslation("admin.roles.edit"));
        edit.setAriaLabel(getTranslation("admin.roles.edit"));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        return edit;
    }

    private void open(Role role) {
        try {
            List<PermissionDefinition> permissions = users.permissions();
            new RoleDialog(users, role, permissions, this::reload).open();
        } catch (RuntimeException e) {
            LOG.error("Permissions could not be read", e);
            Notifications.error(getTranslation("admin.common.error"));
        }
    }

    /** Reads the roles afresh. */
    void reload() {
        try {
            grid.setItems(users.roles());
        } catch (RuntimeException e) {
            LOG.error("Roles could not be read", e);
            Notifications.error(getTranslation("admin.common.error"));
        }
    }
}
