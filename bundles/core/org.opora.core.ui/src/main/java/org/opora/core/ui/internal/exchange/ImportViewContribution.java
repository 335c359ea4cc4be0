package org.opora.core.ui.internal.exchange;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.exchange.ExchangeService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the import of pupils and staff ({@code import}); pupils only for who reads every pupil. */
@Component(service = ViewContribution.class)
@OporaView(route = "import", titleKey = "core.ui.import.title", icon = "vaadin:upload", order = 180,
        permission = CorePermissions.EXCHANGE)
public class ImportViewContribution implements ViewContribution {

    private final ExchangeService exchange;
    private final SecurityContext security;

    @Activate
    public ImportViewContribution(@Reference ExchangeService exchange, @Reference SecurityContext security) {
        this.exchange = exchange;
        this.security = security;
    }

    @Override
    public Class<ImportView> viewType() {
        return ImportView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        // pupils are imported only by who reads every pupil, as the export (the preview shows them and finds
        // duplicates among the school's pupils); staff by whoever imports
        boolean pupils = security.currentUser().map(u -> u.has(CorePermissions.PUPIL_READ_ALL)).orElse(false);
        return new ImportView(exchange, pupils);
    }
}
