package org.opora.core.impl.internal.agency;

import java.util.List;
import java.util.Locale;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.agency.AgencyService;
import org.opora.core.api.agency.Interaction;
import org.opora.platform.api.duty.Duty;
import org.opora.platform.api.duty.DutyProvider;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.security.OporaUser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * "My duties": the next steps the user agreed with an agency (a reply to the guardianship body, documents for the
 * KDN), due soon or overdue by up to a month.
 */
@Component
public class NextStepDuties implements DutyProvider {

    private final AgencyService agencies;
    private final Translator translator;

    @Activate
    public NextStepDuties(@Reference AgencyService agencies, @Reference Translator translator) {
        this.agencies = agencies;
        this.translator = translator;
    }

    @Override
    public List<Duty> dutiesOf(OporaUser user, Locale locale) {
        if (!user.has(CorePermissions.AGENCY_READ)) {
            return List.of();
        }
        return agencies.openNextSteps(user.username()).stream().map(i -> duty(i, locale)).toList();
    }

    private Duty duty(Interaction i, Locale locale) {
        String title = translator.translate("core.duty.nextStep", locale, i.agency());
        String detail = i.pupil().isEmpty() ? i.nextStep() : i.nextStep() + " (" + i.pupil() + ")";
        return new Duty(title, detail, i.nextDue(), "agencies");
    }
}
