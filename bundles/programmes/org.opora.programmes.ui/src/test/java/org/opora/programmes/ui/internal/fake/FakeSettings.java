package org.opora.programmes.ui.internal.fake;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opora.core.api.ListItem;
import org.opora.core.ui.testing.Unexpected;
import org.opora.programmes.api.ProgrammeSettings;
import org.opora.programmes.api.ProgrammeSettingsService;

/** The default settings of the module with English labels; a test may switch a variant off. */
public class FakeSettings implements ProgrammeSettingsService {

    private boolean programmes = true;
    private boolean plans = true;

    /** The school keeps only the given variants. */
    public FakeSettings variants(boolean programmesEnabled, boolean plansEnabled) {
        this.programmes = programmesEnabled;
        this.plans = plansEnabled;
        return this;
    }

    @Override
    public ProgrammeSettings settings(Locale locale) {
        return new ProgrammeSettings(programmes, plans, 14,
                items("standard:Standard", "high-suicide-risk:High suicide risk",
                        "incomplete-suicide:Incomplete suicide", "especially-difficult:Especially difficult case"),
                items("pedagogical:Pedagogical", "psychological:Psychological", "leisure-employment:Leisure",
                        "medical:Medical", "social:Social"),
                items("pupil:Pupil", "parents:Parents", "staff:Teaching staff"),
                items("lesson:Lesson", "activity:Activity", "form-of-work:Form of work"), Map.of(7, 32, 8, 33), true);
    }

    @Override
    public int minimumMonths(String riskCategory) {
        throw Unexpected.call("minimumMonths");
    }

    @Override
    public List<String> planEligibleFlags() {
        throw Unexpected.call("planEligibleFlags");
    }

    private static List<ListItem> items(String... pairs) {
        return List.of(pairs).stream().map(p -> p.split(":", 2)).map(p -> new ListItem(p[0], p[1])).toList();
    }
}
