package org.opora.programmes.impl.internal.config;

import java.util.List;
import java.util.Locale;

import org.opora.programmes.api.ProgrammeSettings;
import org.opora.programmes.api.ProgrammeSettingsService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The school's settings of individual support as the views read them: the variants, the lists with their labels, the
 * maximum weekly load by grade and whether plan changes need an order; and the minimum durations and the flags giving
 * the right to an individual plan.
 */
@Component
public class ProgrammeSettingsServiceImpl implements ProgrammeSettingsService {

    private final ProgrammeRules rules;
    private final ProgrammeLists lists;

    @Activate
    public ProgrammeSettingsServiceImpl(@Reference ProgrammeRules rules, @Reference ProgrammeLists lists) {
        this.rules = rules;
        this.lists = lists;
    }

    @Override
    public ProgrammeSettings settings(Locale locale) {
        return new ProgrammeSettings(rules.programmesEnabled(), rules.individualPlansEnabled(), rules.endingSoonDays(),
                lists.items(ProgrammeList.RISK_CATEGORIES, locale), lists.items(ProgrammeList.HELP_DIRECTIONS, locale),
                lists.items(ProgrammeList.ACTIVITY_TARGETS, locale),
                lists.items(ProgrammeList.PLAN_CHOICE_KINDS, locale), rules.maxWeeklyHours(),
                rules.orderRequiredForChangesInPlans());
    }

    @Override
    public int minimumMonths(String riskCategory) {
        return rules.duration().minimumMonths(riskCategory);
    }

    @Override
    public List<String> planEligibleFlags() {
        return rules.planEligibleFlags();
    }
}
