package org.opora.programmes.ui.internal.common;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opora.core.kit.Failures;
import org.opora.programmes.api.ProgrammeSettings;
import org.opora.programmes.api.ProgrammeSettingsService;

/**
 * The school's settings of individual support as one page reads them once: the configured lists labelled in the
 * user's language and the variants in use. When the settings cannot be read the page still opens, with empty lists
 * and the failure shown.
 *
 * @param settings the settings read
 */
public record SchoolLists(ProgrammeSettings settings) {

    /** The settings in the language, read through the service. */
    public static SchoolLists read(ProgrammeSettingsService service, Locale locale) {
        return new SchoolLists(Failures.read(() -> service.settings(locale), none()));
    }

    private static ProgrammeSettings none() {
        return new ProgrammeSettings(true, true, 0, List.of(), List.of(), List.of(), List.of(), Map.of(), false);
    }

    public ConfiguredList riskCategories() {
        return new ConfiguredList(settings.riskCategories());
    }

    public ConfiguredList helpDirections() {
        return new ConfiguredList(settings.helpDirections());
    }

    public ConfiguredList activityTargets() {
        return new ConfiguredList(settings.activityTargets());
    }

    public ConfiguredList planChoiceKinds() {
        return new ConfiguredList(settings.planChoiceKinds());
    }
}
