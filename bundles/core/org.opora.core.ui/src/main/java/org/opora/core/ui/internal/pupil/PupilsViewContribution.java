package org.opora.core.ui.internal.pupil;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.SchoolService;
import org.opora.core.api.exchange.ExchangeService;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.pupil.PupilService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the pupil list ({@code pupils}). */
@Component(service = ViewContribution.class)
@OporaView(route = "pupils", titleKey = "core.ui.pupils.title", icon = "vaadin:users", order = 100,
        permission = CorePermissions.PUPIL_READ)
public class PupilsViewContribution implements ViewContribution {

    private final PupilService pupils;
    private final ClassService classes;
    private final SchoolService school;
    private final ReferenceLists lists;
    private final ExchangeService exchange;
    private final SecurityContext security;

    @Activate
    public PupilsViewContribution(@Reference PupilService pupils, @Reference ClassService classes,
            @Reference SchoolService school, @Reference ReferenceLists lists, @Reference ExchangeService exchange,
            @Reference SecurityContext security) {
        this.pupils = pupils;
        this.classes = classes;
        this.school = school;
        this.lists = lists;
        this.exchange = exchange;
        this.security = security;
    }

    @Override
    public Class<PupilsView> viewType() {
        return PupilsView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new PupilsView(pupils, classes, school, lists, exchange, security);
    }
}
