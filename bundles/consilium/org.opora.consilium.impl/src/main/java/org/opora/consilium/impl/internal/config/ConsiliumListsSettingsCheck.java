package org.opora.consilium.impl.internal.config;

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

/** The consilium's lists in the settings form: coded lists, the built-in codes labelled from the module's messages. */
@Component(property = SettingsCheck.PID + "=" + ConsiliumLists.PID)
public class ConsiliumListsSettingsCheck implements SettingsCheck {

    static final Map<String, ConsiliumList> LISTS = Map.of("signs", ConsiliumList.SIGNS, "monitoringKinds",
            ConsiliumList.MONITORING_KINDS, "decisionTypes", ConsiliumList.DECISION_TYPES);

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
        ConsiliumList list = LISTS.get(attribute);
        return list == null ? Optional.empty() : SettingCodes.label(translator, list.key(code), locale);
    }
}
