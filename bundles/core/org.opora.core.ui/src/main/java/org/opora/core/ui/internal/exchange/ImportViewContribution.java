package org.opora.core.ui.internal.exchange;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.exchange.ExchangeService;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the import of pupils and staff ({@code import}). */
@Component(service = ViewContribution.class)
@OporaView(route = "import", titleKey = "core.ui.import.title", icon = "vaadin:upload", order = 180,
        permission = CorePermissions.EXCHANGE)
public class ImportViewContribution implements ViewContribution {

    private final ExchangeService exchange;

    @Activate
    public ImportViewContribution(@Reference ExchangeService exchange) {
        this.exchange = exchange;
    }

    @Override
    public Class<ImportView> viewType() {
        return ImportView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new ImportView(exchange);
    }
}
