package org.opora.platform.security.internal.settings;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * How often a node looks for settings another node changed (PostgreSQL only; embedded Derby has one node). Node-local:
 * set it in {@code etc/org.opora.platform.settingsync.cfg}. Texts: {@code OSGI-INF/l10n/settingsync*.properties}.
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/settingsync", name = "%settingsync.name",
        description = "%settingsync.description")
public @interface SettingsSyncConfig {

    String PID = "org.opora.platform.settingsync";

    @AttributeDefinition(name = "%settingsync.pollSeconds.name",
            description = "%settingsync.pollSeconds.description", min = "1", max = "3600")
    int pollSeconds() default 5;
}
