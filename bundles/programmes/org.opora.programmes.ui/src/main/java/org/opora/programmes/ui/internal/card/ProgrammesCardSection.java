package org.opora.programmes.ui.internal.card;

import com.vaadin.flow.component.Component;

import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.plan.IndividualPlanService;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.platform.ui.api.CardSection;
import org.opora.platform.ui.api.PupilCardSection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * Contributes the programmes tab of the pupil card to everyone who may know that a pupil has a programme (class
 * teachers included), with the pupil's individual plans the user may read; the services decide whose content each
 * user may open.
 */
@org.osgi.service.component.annotations.Component(service = PupilCardSection.class)
@CardSection(id = "programmes", titleKey = "programmes.card.title", order = 310,
        permission = ProgrammesPermissions.EXISTENCE)
public class ProgrammesCardSection implements PupilCardSection {

    private final ProgrammeService programmes;
    private final IndividualPlanService plans;

    @Activate
    public ProgrammesCardSection(@Reference ProgrammeService programmes, @Reference IndividualPlanService plans) {
        this.programmes = programmes;
        this.plans = plans;
    }

    @Override
    public Component create(long pupilId) {
        return new ProgrammesCard(programmes, plans, pupilId);
    }
}
