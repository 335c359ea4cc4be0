package org.opora.core.ui.internal.card;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.SchoolService;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.pupil.PupilService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.PupilCardSections;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the pupil card ({@code pupil/<id>}), opened from the pupil list and from other modules. */
@Component(service = ViewContribution.class)
@OporaView(route = "pupil", titleKey = "core.ui.card.title", icon = "vaadin:user", order = 101,
        permission = CorePermissions.PUPIL_READ, navigation = false)
public class PupilCardViewContribution implements ViewContribution {

    private final PupilCardView.Services services;
    private final PupilCardSections sections;
    private final SecurityContext security;

    @Activate
    public PupilCardViewContribution(@Reference PupilService pupils, @Reference ClassService classes,
            @Reference SchoolService school, @Reference ReferenceLists lists, @Reference PupilCardSections sections,
            @Reference SecurityContext security) {
        this.services = new PupilCardView.Services(pupils, classes, school, lists);
        this.sections = sections;
        this.security = security;
    }

    @Override
    public Class<PupilCardView> viewType() {
        return PupilCardView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new PupilCardView(services, sections, security);
    }
}
