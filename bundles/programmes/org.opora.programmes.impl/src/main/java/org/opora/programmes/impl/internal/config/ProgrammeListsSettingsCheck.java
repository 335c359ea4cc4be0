package org.opora.programmes.impl.internal.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.opora.core.support.SettingCodes;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.api.settings.SettingsCheck;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The programmes' lists in the settings form: coded lists, the built-in codes labelled from the module's messages.
 * The risk categories the rules name are kept there by {@link ProgrammeSettingsCheck#codesUsed()}.
 */
@Component(property = SettingsCheck.PID + "=" + ProgrammeLists.PID)
public class ProgrammeListsSettingsCheck implements SettingsCheck {

    static final Map<String, ProgrammeList> LISTS = Map.of("riskCategories", ProgrammeList.RISK_CATEGORIES,
            "helpDirections", ProgrammeList.HELP_DIRECTIONS, "activityTargets", ProgrammeList.ACTIVITY_TARGETS,
            "planChoiceKinds", ProgrammeList.PLAN_CHOICE_KINDS);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Translator translator;

    @Override
    public Optional<SettingProblem> check(String attribute, List<String> values) {
        return Optional.empty();
    }

    @Override
    public Set<String> codedLists() {
        return LISTS.keySet();
    }

    @Override
    public Optional<String> builtInLabel(String attribute, String code, Locale locale) {
        ProgrammeList list = LISTS.get(attribute);
        return list == null ? Optional.empty() : SettingCodes.label(translator, list.key(code), locale);
    }
}
