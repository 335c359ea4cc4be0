package org.opora.programmes.impl.internal.print;

import java.util.ArrayList;
import java.util.List;

import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.Block.Column;
import org.opora.programmes.api.plan.PlanChoice;

/**
 * The parents' choices of an individual plan (regulation 001, section 4.4): the kind (lesson, activity, form of
 * work) by its label in the module's list, what it is, the hours a week it adds and a note.
 */
final class ChoicesTable {

    /** Message keys of the built-in labels of the plan choice kinds, as the module's lists name them. */
    static final String KIND_LABELS = "programmes.list.choice.";

    private static final float[] WEIGHTS = {1f, 4f, 7f, 2.6f, 4.5f};
    private static final String[] HEADERS = {"number", "kind", "title", "hours", "note"};

    private final PrintTexts texts;

    ChoicesTable(PrintTexts texts) {
        this.texts = texts;
    }

    Block.Table table(List<PlanChoice> choices) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < HEADERS.length; i++) {
            columns.add(new Column(texts.t("choices.col." + HEADERS[i]), WEIGHTS[i]));
        }
        List<List<String>> rows = new ArrayList<>();
        for (PlanChoice choice : choices) {
            rows.add(List.of(String.valueOf(rows.size() + 1), texts.label(KIND_LABELS, choice.kind()),
                    texts.orDash(choice.title()),
                    choice.weeklyHours() > 0 ? String.valueOf(choice.weeklyHours()) : texts.t("none"),
                    choice.note()));
        }
        return new Block.Table(columns, rows);
    }
}
