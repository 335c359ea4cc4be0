package org.opora.core.impl.internal.config;

import java.util.List;
import java.util.Optional;

import org.opora.core.impl.internal.rules.FileTypesSetting;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.api.settings.SettingsCheck;
import org.osgi.service.component.annotations.Component;

/** Checks the core's list settings in the settings form before they are stored: the allowed file types. */
@Component(property = SettingsCheck.PID + "=" + CoreRules.PID)
public class CoreSettingsCheck implements SettingsCheck {

    @Override
    public Optional<SettingProblem> check(String attribute, List<String> values) {
        return "fileTypes".equals(attribute) ? FileTypesSetting.check(values) : Optional.empty();
    }
}
