package org.opora.programmes.api;

import java.util.List;
import java.util.Locale;

import org.osgi.annotation.versioning.ProviderType;

/** The settings of individual support, for the views and for other modules. */
@ProviderType
public interface ProgrammeSettingsService {

    ProgrammeSettings settings(Locale locale);

    /**
     * The minimum duration of a programme in months for a risk category (a code of
     * {@link ProgrammeSettings#riskCategories()}): the longest of the configured minimums that apply to it (002,
     * "Sroki realizatsii IPS"); the general minimum for an unknown category. A programme starting on a day lasts that
     * long when it ends on or after the day before the same day so many months later.
     */
    int minimumMonths(String riskCategory);

    /** The codes of the core's pupil flags that give the right to an individual plan (001 section 1), as configured. */
    List<String> planEligibleFlags();
}
