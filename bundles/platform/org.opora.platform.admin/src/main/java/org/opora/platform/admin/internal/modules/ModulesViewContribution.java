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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Contributes the modules view ({@code admin/modules}): the Opora features, installed and not. As a Karaf features
 * listener it tells the open views of modules installed or removed elsewhere (the Karaf console).
 */
@Component(service = {ViewContribution.class, FeaturesListener.class})
@OporaView(route = "admin/modules", titleKey = "admin.modules.title", icon = "vaadin:puzzle-piece", order = 910,
        permission = PlatformPermissions.MODULES, group = "platform.nav.admin")
public class ModulesViewContribution implements ViewContribution, FeaturesListener {

    private final ModuleCatalog catalog;
    private final ModuleOperations operations;
    private final SecurityContext security;

    @Activate
    public ModulesViewContribution(@Reference FeaturesService features, @Reference AuditService audit,
            @Reference SecurityContext security) {
        this.catalog = new ModuleCatalog(features);
        this.operations = new ModuleOperations(features, audit, security);
        this.security = security;
    }

    @Deactivate
    void deactivate() {
        operations.close();
    }

    @Override
    public void featureEvent(FeatureEvent event) {
        if (!event.isReplay() && event.getFeature() != null && ModuleCatalog.isModule(event.getFeature().getName())) {
            operations.changed();
        }
    }

    @Override
    public void repositoryEvent(RepositoryEvent event) {
        // a features repository added or removed changes no module's state
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
