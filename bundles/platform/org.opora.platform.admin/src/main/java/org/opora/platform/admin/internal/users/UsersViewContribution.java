package org.opora.platform.admin.internal.users;

import org.opora.platform.api.security.PlatformPermissions;
import org.opora.platform.api.security.UserAdministration;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the users and roles view ({@code admin/users}). */
@Component(service = ViewContribution.class)
@OporaView(route = "admin/users", titleKey = "admin.users.title", icon = "vaadin:users", order = 930,
        permission = PlatformPermissions.USERS, group = "platform.nav.admin")
public class UsersViewContribution implements ViewContribution {

    private final UserAdministration users;

    @Activate
    public UsersViewContribution(@Reference UserAdministration users) {
        this.users = users;
    }

    @Override
    public Class<UsersView> viewType() {
        return UsersView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new UsersView(users);
    }
}
