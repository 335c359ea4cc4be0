package org.opora.core.ui.internal.work;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.activity.ServiceWork;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Contributes the view of the service's work by direction ({@code service/work}), next to the service's structure;
 * every user who sees the structure opens it and is shown the work the modules let them read.
 */
@Component(service = ViewContribution.class)
@OporaView(route = "service/work", titleKey = "core.ui.work.nav", icon = "vaadin:chart-grid", order = 131,
        permission = CorePermissions.STAFF_READ)
public class ServiceWorkViewContribution implements ViewContribution {

    private final ServiceWork work;
    private final ReferenceLists lists;

    @Activate
    public ServiceWorkViewContribution(@Reference ServiceWork work, @Reference ReferenceLists lists) {
        this.work = work;
        this.lists = lists;
    }

    @Override
    public Class<ServiceWorkView> viewType() {
        return ServiceWorkView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new ServiceWorkView(work, lists);
    }
}
