package org.opora.platform.admin.internal.audit;

import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.PlatformPermissions;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the audit journal view ({@code admin/audit}), read-only. */
@Component(service = ViewContribution.class)
@OporaView(route = "admin/audit", titleKey = "admin.audit.title", icon = "vaadin:archive", order = 940,
        permission = PlatformPermissions.AUDIT, group = "platform.nav.admin")
public class AuditViewContribution implements ViewContribution {

    private final AuditService audit;

    @Activate
    public AuditViewContribution(@Reference AuditService audit) {
        this.audit = audit;
    }

    @Override
    public Class<AuditView> viewType() {
        return AuditView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new AuditView(audit);
    }
}
