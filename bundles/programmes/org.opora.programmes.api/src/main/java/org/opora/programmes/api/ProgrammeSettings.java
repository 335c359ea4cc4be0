package org.opora.programmes.api;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.opora.core.api.ListItem;

/**
 * The school's settings of individual support as the views need them, lists labelled for one language.
 *
 * @param programmesEnabled      whether the school keeps support programmes (regulation 002)
 * @param individualPlansEnabled whether the school keeps individual plans (regulation 001)
 * @param endingSoonDays         programmes ending within this many days are "ending soon"
 * @param riskCategories         risk categories (they decide the minimum duration)
 * @param helpDirections         directions of help (pedagogical, psychological, leisure and employment …)
 * @param activityTargets        whom an activity addresses (pupil, parents, teaching staff)
 * @param planChoiceKinds        kinds of the parents' choices in an individual plan (lesson, activity, form of work)
 * @param maxWeeklyHours         the maximum weekly study load by grade (001 section 7.5); a grade not named has none
 * @param orderRequiredForPlanChanges whether a change of an approved individual plan needs an order (001 section 4.11)
 */
public record ProgrammeSettings(boolean programmesEnabled, boolean individualPlansEnabled, int endingSoonDays,
        List<ListItem> riskCategories, List<ListItem> helpDirections, List<ListItem> activityTargets,
        List<ListItem> planChoiceKinds, Map<Integer, Integer> maxWeeklyHours, boolean orderRequiredForPlanChanges) {

    public ProgrammeSettings {
        riskCategories = List.copyOf(riskCategories);
        helpDirections = List.copyOf(helpDirections);
        activityTargets = List.copyOf(activityTargets);
        planChoiceKinds = List.copyOf(planChoiceKinds);
        maxWeeklyHours = Map.copyOf(maxWeeklyHours);
    }

    /** The maximum weekly load of the grade, if the school set one. */
    public OptionalInt maxWeeklyHours(int grade) {
        Integer max = maxWeeklyHours.get(grade);
        return max == null ? OptionalInt.empty() : OptionalInt.of(max);
    }

    /** The label of a code in one of the lists; the code itself when it is no longer configured. */
    public static String label(List<ListItem> list, String code) {
        return list.stream().filter(i -> i.code().equals(code)).map(ListItem::label).findFirst().orElse(code);
    }
}
