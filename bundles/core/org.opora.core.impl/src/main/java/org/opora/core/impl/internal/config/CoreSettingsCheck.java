package org.opora.core.impl.internal.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opora.core.impl.internal.rules.DocumentRules;
import org.opora.core.impl.internal.rules.FileTypesSetting;
import org.opora.core.support.SettingCodes;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.api.settings.SettingsCheck;
import org.osgi.service.component.annotations.Component;

/**
 * Checks the core's rules in the settings form before they are stored: the allowed file types, the documents'
 * retention lines, and the youngest
 * pupil's age not above the oldest's.
 */
@Component(property = SettingsCheck.PID + "=" + CoreRules.PID)
public class CoreSettingsCheck implements SettingsCheck {

    @Override
    public Optional<SettingProblem> check(String attribute, List<String> values) {
        return switch (attribute) {
            case "fileTypes" -> FileTypesSetting.check(values);
            case "documentRetention" -> DocumentRules.checkRetention(values);
            default -> Optional.empty();
        };
    }

    /** The youngest age a date of birth may give is not above the oldest. */
    @Override
    public Map<String, SettingProblem> checkTogether(Map<String, List<String>> values) {
        return SettingCodes.notAbove(values, "minPupilAge", "maxPupilAge", "core.settings.minAboveMax")
                .map(p -> Map.of("minPupilAge", p)).orElse(Map.of());
    }
}
