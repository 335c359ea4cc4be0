package org.opora.platform.admin.internal.modules;

import org.apache.karaf.features.FeaturesService;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.PlatformPermissions;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Contributes the modules view ({@code admin/modules}): the Opora features, installed and not. */
@Component(service = ViewContribution.class)
@OporaView(route = "admin/modules", titleKey = "admin.modules.title", icon = "vaadin:puzzle-piece", order = 910,
        permission = PlatformPermissions.MODULES, group = "platform.nav.admin")
public class ModulesViewContribution implements ViewContribution {

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
    public Class<ModulesView> viewType() {
        return ModulesView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        boolean mayChange = security.currentUser().map(u -> u.has(PlatformPermissions.MODULES)).orElse(false);
        return new ModulesView(catalog, operations, mayChange);
    }
}
