package org.opora.programmes.demo.internal;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

import org.opora.programmes.api.ProgrammeSettings;
import org.opora.programmes.api.ProgrammeSettingsService;

/**
 * The configured rules the demo is planned by, so that it is valid under the school's settings: the minimum
 * duration of a risk category, the days that make a programme "ending soon", the maximum weekly load of a grade,
 * the flags that give the right to an individual plan, and which variants the school keeps.
 *
 * @param minimumMonths  the minimum duration in months of a risk category
 * @param endingSoonDays programmes ending within this many days are ending soon
 * @param maxWeeklyHours the maximum weekly hours of a grade, empty when none is configured
 * @param eligibleFlags  the core's flags that give the right to an individual plan
 * @param programmes     whether the school keeps programmes (002)
 * @param plans          whether the school keeps individual plans (001)
 */
record DemoRules(ToIntFunction<String> minimumMonths, int endingSoonDays, IntFunction<OptionalInt> maxWeeklyHours,
        List<String> eligibleFlags, boolean programmes, boolean plans) {

    DemoRules {
        eligibleFlags = List.copyOf(eligibleFlags);
    }

    /** The rules as configured now, read through the module's settings service. */
    static DemoRules of(ProgrammeSettingsService service) {
        ProgrammeSettings settings = service.settings(Locale.forLanguageTag("ru"));
        return new DemoRules(service::minimumMonths, settings.endingSoonDays(), settings::maxWeeklyHours,
                service.planEligibleFlags(), settings.programmesEnabled(), settings.individualPlansEnabled());
    }
}
