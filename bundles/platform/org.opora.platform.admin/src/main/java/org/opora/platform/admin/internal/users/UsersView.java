package org.opora.platform.admin.internal.users;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;

import org.opora.platform.api.security.UserAdministration;

/** Users and roles: two tabs, the accounts and the roles with the permissions they grant. */
public class UsersView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public UsersView(UserAdministration users) {
        setId("admin-users");
        setSizeFull();
        add(new H2(getTranslation("admin.users.title")));
        TabSheet tabs = new TabSheet();
        tabs.setId("admin-users-tabs");
        tabs.setSizeFull();
        UsersTab usersTab = new UsersTab(users);
        RolesTab rolesTab = new RolesTab(users);
        Tab u = tabs.add(getTranslation("admin.users.tab.users"), usersTab);
        u.setId("admin-users-tab-users");
        Tab r = tabs.add(getTranslation("admin.users.tab.roles"), rolesTab);
        r.setId("admin-users-tab-roles");
        // role titles may have changed on the other tab
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == u) {
                usersTab.reload();
            } else {
                rolesTab.reload();
            }
        });
        addAndExpand(tabs);
    }
}
