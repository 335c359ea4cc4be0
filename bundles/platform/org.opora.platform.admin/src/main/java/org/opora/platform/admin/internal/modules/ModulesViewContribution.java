package org.opora.platform.admin.internal.modules;

import org.apache.karaf.features.FeatureEvent;
import org.apache.karaf.features.FeaturesListener;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.RepositoryEvent;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.PlatformPermissions;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Contributes the modules view ({@code admin/modules}): the Opora features, installed and not. A Karaf features
 * listener tells the open views of modules installed or removed elsewhere (the Karaf console). It is registered by
 * hand, not as this component's service: Karaf gets a listener the moment it is registered, and Felix SCR cannot
 * build a component from within its own registration.
 */
@Component(service = ViewContribution.class)
@OporaView(route = "admin/modules", titleKey = "admin.modules.title", icon = "vaadin:puzzle-piece", order = 910,
        permission = PlatformPermissions.MODULES, group = "platform.nav.admin")
public class ModulesViewContribution implements ViewContribution {

    private final ModuleCatalog catalog;
    private final ModuleOperations operations;
    private final SecurityContext security;
    private final ServiceRegistration<FeaturesListener> listener;

    @Activate
    public ModulesViewContribution(@Reference FeaturesService features, @Reference AuditService audit,
            @Reference SecurityContext security, BundleContext context) {
        this.catalog = new ModuleCatalog(features);
        this.operations = new ModuleOperations(features, audit, security);
        this.security = security;
        this.listener = context.registerService(FeaturesListener.class, new Changes(operations), null);
    }

    @Deactivate
    void deactivate() {
        try {
            listener.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the bundle is stopping and took it along
        }
        operations.close();
    }

    /** Tells the open views when Karaf installs or removes a module, whoever asked for it. */
    private record Changes(ModuleOperations operations) implements FeaturesListener {
        @Override
        public void featureEvent(FeatureEvent event) {
            if (!event.isReplay() && event.getFeature() != null
                    && ModuleCatalog.isModule(event.getFeature().getName())) {
                operations.changed();
            }
        }

        @Override
        public void repositoryEvent(RepositoryEvent event) {
            // a features repository added or removed changes no module's state
        }
    }

    @Override
    public Class<ModulesView> viewType() {
        return ModulesView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        boolean mayChange = security.currentUser().map(u -> u.has(PlatformPermissions.MODULES)).orElse(false);
        return new ModulesView(catalog, operations, mayChange);
    }
}
