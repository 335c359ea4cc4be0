package org.opora.programmes.impl.internal.print;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.Block.Column;
import org.opora.programmes.api.programme.PlanRow;

/**
 * The support plan as the seven columns of the 002 form, rows in the plan's order. The last column holds what
 * is written as the programme is carried out: the actual result, the completion mark with its day and the
 * recommendations for further support. A plan without rows prints the form's empty rows, to be filled by hand.
 */
final class SupportPlanTable {

    /** Empty rows of a plan not yet written, as on the paper form. */
    static final int BLANK_ROWS = 3;

    /**
     * The columns' widths in points of the A4 content width (481.9 pt), which the renderer shares by weight. Each
     * column is as wide as the longest word of its header in the renderer's bold 9 pt type plus the cell padding,
     * the first as a two-digit row number: the form's seven columns just fit the portrait page without a header
     * word broken (the PDF test reads them back).
     */
    private static final float[] WEIGHTS = {17.48f, 79.52f, 60.73f, 85.16f, 68.14f, 78.97f, 91.88f};
    private static final String[] HEADERS = {"number", "activity", "participants", "responsible", "period",
        "plannedResult", "result"};

    private final PrintTexts texts;

    SupportPlanTable(PrintTexts texts) {
        this.texts = texts;
    }

    Block.Table table(List<PlanRow> plan) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < HEADERS.length; i++) {
            columns.add(new Column(texts.t("support.col." + HEADERS[i]), WEIGHTS[i]));
        }
        List<List<String>> rows = new ArrayList<>();
        for (PlanRow row : plan) {
            rows.add(List.of(String.valueOf(rows.size() + 1), activity(row), nonNull(row.participants()),
                    nonNull(row.responsibleName()), texts.period(row.from(), row.to()),
                    nonNull(row.plannedResult()), result(row)));
        }
        if (rows.isEmpty()) {
            rows.addAll(Collections.nCopies(BLANK_ROWS, Collections.nCopies(HEADERS.length, "")));
        }
        return new Block.Table(columns, rows);
    }

    /** The activity with its form in brackets. */
    private String activity(PlanRow row) {
        String activity = nonNull(row.activity()).strip();
        String form = nonNull(row.form()).strip();
        return form.isEmpty() ? activity : texts.t("support.activityWithForm", activity, form);
    }

    /** Actual result, completion mark and recommendations, each on its own line when there is one. */
    private String result(PlanRow row) {
        List<String> lines = new ArrayList<>();
        if (row.actualResult() != null && !row.actualResult().isBlank()) {
            lines.add(row.actualResult().strip());
        }
        if (row.done()) {
            lines.add(row.doneOn() == null ? texts.t("support.done")
                    : texts.t("support.doneOn", PrintTexts.date(row.doneOn())));
        }
        if (row.recommendations() != null && !row.recommendations().isBlank()) {
            lines.add(texts.t("support.recommendations", row.recommendations().strip()));
        }
        return String.join("\n", lines);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
