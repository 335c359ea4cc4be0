package org.opora.platform.admin.internal.settings;

import java.util.Map;

import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.settings.SettingsCheck;
import org.opora.platform.api.settings.SharedSettings;
import org.opora.platform.api.security.PlatformPermissions;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.MetaTypeService;

/** Contributes the settings view ({@code admin/settings}): every Opora component's configuration as a form. */
@Component(service = ViewContribution.class)
@OporaView(route = "admin/settings", titleKey = "admin.settings.title", icon = "vaadin:cogs", order = 920,
        permission = PlatformPermissions.SETTINGS, group = "platform.nav.admin")
public class SettingsViewContribution implements ViewContribution {

    private final SettingsChecks checks = new SettingsChecks();
    private final Settings settings;

    @Activate
    public SettingsViewContribution(BundleContext context, @Reference MetaTypeService metatype,
            @Reference ConfigurationAdmin configurations, @Reference SharedSettings shared,
            @Reference AuditService audit, @Reference SecurityContext security) {
        this.settings = new Settings(context, metatype, configurations, shared, audit, security, checks);
    }

    /** The modules' checks of their own settings, as they come and go. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(SettingsCheck check, Map<String, Object> properties) {
        checks.add(check, properties.get(SettingsCheck.PID));
    }

    void removeCheck(SettingsCheck check) {
        checks.remove(check);
    }

    @Override
    public Class<SettingsView> viewType() {
        return SettingsView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new SettingsView(settings);
    }
}
