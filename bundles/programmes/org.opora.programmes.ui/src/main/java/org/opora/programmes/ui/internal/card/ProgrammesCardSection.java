package org.opora.programmes.ui.internal.card;

import com.vaadin.flow.component.Component;

import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.platform.ui.api.CardSection;
import org.opora.platform.ui.api.PupilCardSection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * Contributes the programmes tab of the pupil card to everyone who may know that a pupil has a programme (class
 * teachers included); the service decides whose content each user may open.
 */
@org.osgi.service.component.annotations.Component(service = PupilCardSection.class)
@CardSection(id = "programmes", titleKey = "programmes.card.title", order = 310,
        permission = ProgrammesPermissions.EXISTENCE)
public class ProgrammesCardSection implements PupilCardSection {

    private final ProgrammeService programmes;

    @Activate
    public ProgrammesCardSection(@Reference ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @Override
    public Component create(long pupilId) {
        return new ProgrammesCard(programmes, pupilId);
    }
}
