package org.opora.platform.admin.internal.config;

import org.opora.platform.api.security.PlatformPermissions;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the school's variant page ({@code admin/configuration}): presets, export and import. */
@Component(service = ViewContribution.class)
@OporaView(route = "admin/configuration", titleKey = "admin.config.title", icon = "vaadin:file-text-o", order = 925,
        permission = PlatformPermissions.SETTINGS, group = "platform.nav.admin")
public class ConfigurationViewContribution implements ViewContribution {

    private final SchoolConfiguration configuration;

    @Activate
    public ConfigurationViewContribution(@Reference SchoolConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public Class<ConfigurationView> viewType() {
        return ConfigurationView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new ConfigurationView(configuration);
    }
}
