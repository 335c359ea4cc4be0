package org.opora.teachersupport.ui.internal.year;

import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.opora.teachersupport.api.TeacherSupportPermissions;
import org.opora.teachersupport.api.TeacherSupportSettingsService;
import org.opora.teachersupport.api.year.YearService;
import org.opora.teachersupport.ui.internal.common.SupportTexts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the year's summary ({@code teacher-support/year}) to the holders of read-all. */
@Component(service = ViewContribution.class)
@OporaView(route = SupportTexts.YEAR_ROUTE, titleKey = "teachersupport.ui.nav.year", icon = "vaadin:chart",
        order = 512, permission = TeacherSupportPermissions.READ_ALL)
public class YearViewContribution implements ViewContribution {

    private final YearService years;
    private final TeacherSupportSettingsService settings;

    @Activate
    public YearViewContribution(@Reference YearService years, @Reference TeacherSupportSettingsService settings) {
        this.years = years;
        this.settings = settings;
    }

    @Override
    public Class<YearView> viewType() {
        return YearView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new YearView(years, settings);
    }
}
