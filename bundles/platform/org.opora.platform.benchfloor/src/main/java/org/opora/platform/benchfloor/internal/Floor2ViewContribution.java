package org.opora.platform.benchfloor.internal;

import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Component;

/**
 * Contributes page 2 of the floor ({@code bench/floor2}) to any signed-in user, with no entry in the navigation so
 * that Opora's own pages look the same with the floor deployed or not.
 */
@Component(service = ViewContribution.class)
@OporaView(route = Floor2ViewContribution.ROUTE, titleKey = "bench.floor.nav", navigation = false)
public class Floor2ViewContribution implements ViewContribution {

    /** The route of page 2. */
    static final String ROUTE = "bench/floor2";

    @Override
    public Class<FloorView2> viewType() {
        return FloorView2.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new FloorView2();
    }
}
