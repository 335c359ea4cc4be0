package org.opora.platform.benchfloor.internal;

import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Component;

/**
 * Contributes page 1 of the floor ({@code bench/floor}) to any signed-in user, with no entry in the navigation so
 * that Opora's own pages look the same with the floor deployed or not.
 */
@Component(service = ViewContribution.class)
@OporaView(route = FloorViewContribution.ROUTE, titleKey = "bench.floor.nav", navigation = false)
public class FloorViewContribution implements ViewContribution {

    /** The route of page 1. */
    static final String ROUTE = "bench/floor";

    @Override
    public Class<FloorView> viewType() {
        return FloorView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new FloorView();
    }
}
