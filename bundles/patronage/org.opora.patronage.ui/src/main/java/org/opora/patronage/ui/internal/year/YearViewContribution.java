package org.opora.patronage.ui.internal.year;

import org.opora.core.api.staff.StaffService;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.PatronageSettingsService;
import org.opora.patronage.api.cases.CaseService;
import org.opora.patronage.api.year.YearService;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the patronage's year ({@code patronage/year}): the schedule of work and the year's summary. */
@Component(service = ViewContribution.class)
@OporaView(route = "patronage/year", titleKey = "patronage.ui.nav.year", icon = "vaadin:calendar-clock",
        order = 415, permission = PatronagePermissions.ACCESS)
public class YearViewContribution implements ViewContribution {

    private final YearView.Services services;

    @Activate
    public YearViewContribution(@Reference YearService years, @Reference CaseService cases,
            @Reference PatronageSettingsService settings, @Reference DocumentService documents,
            @Reference StaffService staff, @Reference SecurityContext security) {
        this.services = new YearView.Services(years, cases, settings, documents, staff, security);
    }

    @Override
    public Class<YearView> viewType() {
        return YearView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new YearView(services);
    }
}
