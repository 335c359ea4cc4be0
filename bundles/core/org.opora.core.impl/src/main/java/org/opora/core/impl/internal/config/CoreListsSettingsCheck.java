package org.opora.core.impl.internal.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.opora.core.api.ReferenceList;
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
 * The core's reference lists in the settings form: every list is a coded list (rows of labels in both languages, the
 * built-in codes labelled from the core's messages). The lines themselves are checked by the form; that another
 * module's setting uses a code the list loses is the form's check too, from those modules' {@code codesUsed}.
 */
@Component(property = SettingsCheck.PID + "=" + CoreLists.PID)
public class CoreListsSettingsCheck implements SettingsCheck {

    static final Set<String> LISTS = Arrays.stream(ReferenceList.values()).map(SettingCodes::attribute)
            .collect(Collectors.toUnmodifiableSet());

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Translator translator;

    @Override
    public Optional<SettingProblem> check(String attribute, List<String> values) {
        return Optional.empty();
    }

    @Override
    public Set<String> codedLists() {
        return LISTS;
    }

    @Override
    public Optional<String> builtInLabel(String attribute, String code, Locale locale) {
        return Arrays.stream(ReferenceList.values()).filter(l -> SettingCodes.attribute(l).equals(attribute))
                .findFirst().flatMap(l -> SettingCodes.label(translator, CoreLists.key(l, code), locale));
    }
}
