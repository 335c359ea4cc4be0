package org.opora.platform.security.internal;

import java.text.Collator;
import java.util.List;
import java.util.Locale;

import org.opora.platform.api.approval.ApprovalRoles;
import org.opora.platform.api.security.Role;
import org.opora.platform.api.security.UserAccount;
import org.opora.platform.api.security.UserAdministration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The roles of approval chains answered from the user store: a role's title is the one the administrator gave it in
 * the users and roles view, its holders the enabled accounts with the role. Read on every call, so a role renamed or
 * given to someone applies at once.
 */
@Component(service = ApprovalRoles.class)
public class RoleHolders implements ApprovalRoles {

    private final UserAdministration users;

    @Activate
    public RoleHolders(@Reference UserAdministration users) {
        this.users = users;
    }

    @Override
    public boolean exists(String role) {
        return users.roles().stream().anyMatch(r -> r.name().equals(role));
    }

    @Override
    public String title(String role) {
        return users.roles().stream().filter(r -> r.name().equals(role)).map(Role::title)
                .filter(t -> t != null && !t.isBlank()).findFirst().orElse(role);
    }

    @Override
    public List<String> holders(String role) {
        Collator order = Collator.getInstance(Locale.forLanguageTag("ru"));
        return users.users().stream().filter(u -> u.enabled() && u.roles().contains(role))
                .map(UserAccount::displayName).sorted(order).toList();
    }
}
