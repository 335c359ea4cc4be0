package org.opora.platform.security.internal;

import java.util.Collection;
import java.util.List;

import org.opora.platform.api.security.PermissionDefinition;
import org.opora.platform.api.security.PermissionProvider;
import org.opora.platform.api.security.PlatformPermissions;
import org.osgi.service.component.annotations.Component;

/** The permissions the platform itself checks; the administrator role receives them. */
@Component
public class PlatformPermissionProvider implements PermissionProvider {

    @Override
    public Collection<PermissionDefinition> permissions() {
        String admin = PlatformPermissions.ROLE_ADMINISTRATOR;
        return List.of(
                PermissionDefinition.of(PlatformPermissions.MODULES, "platform.permission.modules", admin),
                PermissionDefinition.of(PlatformPermissions.SETTINGS, "platform.permission.settings", admin),
                PermissionDefinition.of(PlatformPermissions.USERS, "platform.permission.users", admin),
                PermissionDefinition.of(PlatformPermissions.AUDIT, "platform.permission.audit", admin, "director"));
    }
}
