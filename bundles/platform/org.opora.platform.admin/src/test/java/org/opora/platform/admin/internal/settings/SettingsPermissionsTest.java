package org.opora.platform.admin.internal.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.platform.api.security.PlatformPermissions;

class SettingsPermissionsTest {

    @Test
    void theSettingsThatDecideWhoGetsInNeedTheUsersPermissionToo() {
        for (String pid : new String[] {"org.opora.platform.security", "org.opora.platform.health",
            "org.opora.platform.demo", "org.opora.core.demo"}) {
            assertEquals(List.of(PlatformPermissions.SETTINGS, PlatformPermissions.USERS),
                    Settings.permissionsToChange(pid), pid);
        }
    }

    @Test
    void aModulesRulesNeedTheSettingsPermissionOnly() {
        assertEquals(List.of(PlatformPermissions.SETTINGS), Settings.permissionsToChange("org.opora.core.rules"));
        assertEquals(List.of(PlatformPermissions.SETTINGS), Settings.permissionsToChange("org.opora.platform.ui"));
    }
}
