package org.opora.patronage.ui.internal.control;

import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.PatronageSettingsService;
import org.opora.patronage.api.report.ControlService;
import org.opora.patronage.ui.internal.common.PatronageTexts;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the director's control over the open cases ({@code patronage/control}) to the navigation. */
@Component(service = ViewContribution.class)
@OporaView(route = PatronageTexts.CONTROL_ROUTE, titleKey = "patronage.ui.nav.control", icon = "vaadin:dashboard",
        order = 414, permission = PatronagePermissions.READ_ALL)
public class ControlViewContribution implements ViewContribution {

    private final ControlView.Services services;

    @Activate
    public ControlViewContribution(@Reference ControlService control, @Reference PatronageSettingsService settings) {
        this.services = new ControlView.Services(control, settings);
    }

    @Override
    public Class<ControlView> viewType() {
        return ControlView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new ControlView(services);
    }
}
