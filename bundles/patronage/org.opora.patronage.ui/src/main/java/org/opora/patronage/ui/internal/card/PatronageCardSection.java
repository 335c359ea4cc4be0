package org.opora.patronage.ui.internal.card;

import com.vaadin.flow.component.Component;

import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.PatronageSettingsService;
import org.opora.patronage.api.cases.CaseService;
import org.opora.platform.ui.api.CardSection;
import org.opora.platform.ui.api.PupilCardSection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * Contributes the patronage tab of the pupil card to everyone who may know that a pupil is under patronage (class
 * teachers included); the service decides whose cases each user may open.
 */
@org.osgi.service.component.annotations.Component(service = PupilCardSection.class)
@CardSection(id = "patronage", titleKey = "patronage.ui.card.title", order = 320,
        permission = PatronagePermissions.EXISTENCE)
public class PatronageCardSection implements PupilCardSection {

    private final CaseService cases;
    private final PatronageSettingsService settings;

    @Activate
    public PatronageCardSection(@Reference CaseService cases, @Reference PatronageSettingsService settings) {
        this.cases = cases;
        this.settings = settings;
    }

    @Override
    public Component create(long pupilId) {
        return new PatronageCard(cases, settings, pupilId);
    }
}
