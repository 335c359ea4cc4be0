package org.opora.platform.admin.internal.users;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.platform.admin.internal.Times;
import org.opora.platform.api.security.Role;
import org.opora.platform.api.security.UserAccount;
import org.opora.platform.api.security.UserAdministration;
import org.opora.platform.ui.api.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user accounts: create, edit, set a password, lift a lockout. The account service returns the whole list (a
 * school has hundreds of accounts, not millions), so the grid holds it in memory.
 */
class UsersTab extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(UsersTab.class);

    private final transient UserAdministration users;
    private final Grid<UserAccount> grid = new Grid<>();
    private transient Map<String, String> roleTitles = Map.of();
    private transient List<Role> roles = List.of();

    UsersTab(UserAdministration users) {
        this.users = users;
        setSizeFull();
        setPadding(false);
        Button create = new Button(getTranslation("admin.users.new"), VaadinIcon.PLUS.create(),
                e -> new UserDialog(users, null, roles, this::reload).open());
        create.setId("admin-user-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(create);
        configureGrid();
        addAndExpand(grid);
        reload();
    }

    private void configureGrid() {
        grid.setId("admin-users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserAccount::username).setHeader(getTranslation("admin.users.username")).setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("admin.users.fullName")).setAutoWidth(true)
                .setSortable(true);
        // role titles can be long (head of the support service, …): a real minimum width and the full text on hover
        grid.addColumn(u -> u.roles().stream().map(r -> roleTitles.getOrDefault(r, r)).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("admin.users.roles")).setWidth("18em")
                .setFlexGrow(1).setTooltipGenerator(u -> u.roles().stream().map(r -> roleTitles.getOrDefault(r, r))
                        .sorted().collect(Collectors.joining(", ")));
        grid.addColumn(u -> getTranslation(u.enabled() ? "admin.common.yes" : "admin.common.no"))
                .setHeader(getTranslation("admin.users.enabled")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> locked(u) ? Times.format(u.lockedUntil()) : "")
                .setHeader(getTranslation("admin.users.lockedUntil")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> Times.format(u.lastLogin())).setHeader(getTranslation("admin.users.lastLogin"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.common.actions")).setAutoWidth(true)
                .setFlexGrow(0);
    }

    private static boolean locked(UserAccount u) {
        return u.lockedUntil() != null && u.lockedUntil().isAfter(Instant.now());
    }

    private Component actions(UserAccount u) {
        Button edit = small(VaadinIcon.EDIT, "admin.users.edit", "admin-user-edit-" + u.username());
        edit.addClickListener(e -> new UserDialog(users, u, roles, this::reload).open());
        Button password = small(VaadinIcon.KEY, "admin.users.setPassword", "admin-user-password-" + u.username());
        password.addClickListener(e -> new PasswordDialog(users, u.username()).open());
        HorizontalLayout box = new HorizontalLayout(edit, password);
        if (locked(u)) {
            Button unlock = small(VaadinIcon.UNLOCK, "admin.users.unlock", "admin-user-unlock-" + u.username());
            unlock.addClickListener(e -> unlock(u));
            box.add(unlock);
        }
        box.setSpacing(false);
        return box;
    }

    private Button small(VaadinIcon icon, String labelKey, String id) {
        Button b = new Button(icon.create());
        b.setTooltipText(getTranslation(labelKey));
        b.setAriaLabel(getTranslation(labelKey));
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void unlock(UserAccount u) {
        try {
            users.unlock(u.username());
            Notifications.success(getTranslation("admin.users.unlocked", u.username()));
        } catch (IllegalArgumentException e) {
            Notifications.error(getTranslation(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("Account could not be unlocked", e);
            Notifications.error(getTranslation("admin.common.error"));
        }
        reload();
    }

    /** Reads accounts and roles afresh. */
    void reload() {
        try {
            roles = users.roles();
            roleTitles = roles.stream().collect(Collectors.toMap(Role::name, Role::title, (a, b) -> a));
            grid.setItems(users.users());
        } catch (RuntimeException e) {
            LOG.error("Accounts could not be read", e);
            Notifications.error(getTranslation("admin.common.error"));
        }
    }
}
