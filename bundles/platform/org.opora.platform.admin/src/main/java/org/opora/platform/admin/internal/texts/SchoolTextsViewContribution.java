package org.opora.platform.admin.internal.texts;

import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.i18n.MessageCatalogue;
import org.opora.platform.api.security.PlatformPermissions;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.api.settings.SharedSettings;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the view of the school texts ({@code admin/texts}): the school's own texts over the modules' messages. */
@Component(service = ViewContribution.class)
@OporaView(route = "admin/texts", titleKey = "admin.texts.title", icon = "vaadin:text-label", order = 925,
        permission = PlatformPermissions.SETTINGS, group = "platform.nav.admin")
public class SchoolTextsViewContribution implements ViewContribution {

    private final SchoolTexts texts;

    @Activate
    public SchoolTextsViewContribution(@Reference MessageCatalogue catalogue,
            @Reference ConfigurationAdmin configurations, @Reference SharedSettings shared,
            @Reference AuditService audit, @Reference SecurityContext security) {
        this.texts = new SchoolTexts(catalogue, configurations, shared, audit, security);
    }

    @Override
    public Class<SchoolTextsView> viewType() {
        return SchoolTextsView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new SchoolTextsView(texts);
    }
}
