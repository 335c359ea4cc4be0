package org.opora.programmes.ui.internal.common;

import java.util.List;

import com.vaadin.flow.component.UI;

/**
 * The configured lists of the programmes (directions of help, risk categories, whom an activity addresses, kinds of
 * a parent's choice) with their labels. The module's API gives no labels for these lists, so the views offer the
 * codes of the module's default configuration and label them from this bundle's messages
 * ({@code programmes.list.<list>.<code>}); a code the views do not know shows itself, so records written with
 * another configuration stay readable.
 */
public enum ListLabels {

    /** Directions of help (regulation 002). */
    HELP_DIRECTIONS("helpDirections", "pedagogical", "psychological", "leisure-employment", "medical", "social"),
    /** Risk categories; they decide the minimum duration. */
    RISK_CATEGORIES("riskCategories", "standard", "high-suicide-risk", "incomplete-suicide", "especially-difficult"),
    /** Whom an activity of the plan addresses. */
    ACTIVITY_TARGETS("activityTargets", "pupil", "parents", "staff"),
    /** Kinds of the parents' choices in an individual plan (regulation 001). */
    PLAN_CHOICE_KINDS("planChoiceKinds", "lesson", "activity", "form-of-work");

    private final String key;
    private final List<String> codes;

    ListLabels(String key, String... codes) {
        this.key = key;
        this.codes = List.of(codes);
    }

    /** The codes offered, in order. */
    public List<String> codes() {
        return codes;
    }

    /** The label of the code; the code itself when unknown; empty for none. */
    public String label(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        return codes.contains(code) ? UI.getCurrent().getTranslation("programmes.list." + key + "." + code) : code;
    }

    /** The labels of the codes, separated by commas. */
    public String labels(List<String> list) {
        return String.join(", ", list.stream().map(this::label).toList());
    }
}
