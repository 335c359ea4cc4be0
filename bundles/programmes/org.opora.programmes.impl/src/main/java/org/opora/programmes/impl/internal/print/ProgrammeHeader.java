package org.opora.programmes.impl.internal.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.opora.platform.api.print.Block.Field;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.opora.programmes.api.programme.Task;
import org.opora.programmes.impl.internal.config.ProgrammeList;

/**
 * The header table of a programme: the fifteen rows of the 002 form with its labels, in its order, and the two
 * fields the programme's form adds from the 002 text — the directions of help and the risk category (which sets the
 * minimum duration) — after the period. The goal and the numbered tasks share one row, as do the internal and
 * external resources.
 */
final class ProgrammeHeader {

    /** The label of a code of a configured list in the form's language. */
    interface Labels {
        String label(ProgrammeList list, String code);
    }

    private final PrintTexts texts;
    private final Labels labels;

    ProgrammeHeader(PrintTexts texts, Labels labels) {
        this.texts = texts;
        this.labels = labels;
    }

    List<Field> rows(Programme p) {
        List<Field> rows = new ArrayList<>();
        rows.add(row("pupil", p.pupilName()));
        rows.add(new Field(texts.t("field.birthDate"), texts.orDash(PrintTexts.date(p.birthDate()))));
        rows.add(row("className", p.className()));
        rows.add(row("classTeacher", p.classTeacher()));
        rows.add(row("parents", p.parents()));
        rows.add(new Field(texts.t("field.protocol"), protocol(p.protocol())));
        rows.add(row("grounds", p.grounds()));
        rows.add(row("diagnostics", p.diagnostics()));
        rows.add(new Field(texts.t("field.goalAndTasks"), goalAndTasks(p)));
        rows.add(row("participants", p.participants()));
        rows.add(new Field(texts.t("field.resources"), resources(p)));
        rows.add(row("expectedResults", p.expectedResults()));
        rows.add(row("criteria", p.criteria()));
        rows.add(new Field(texts.t("field.period"), texts.period(p.start(), p.end())));
        rows.add(new Field(texts.t("field.directions"), texts.orDash(p.directions().stream()
                .map(code -> labels.label(ProgrammeList.HELP_DIRECTIONS, code)).collect(Collectors.joining("\n")))));
        rows.add(new Field(texts.t("field.riskCategory"), texts.orDash(p.riskCategory() == null
                || p.riskCategory().isBlank() ? "" : labels.label(ProgrammeList.RISK_CATEGORIES, p.riskCategory()))));
        rows.add(row("curator", p.curatorName()));
        return rows;
    }

    private Field row(String key, String value) {
        return new Field(texts.t("field." + key), texts.orDash(value));
    }

    private String protocol(ProtocolCitation protocol) {
        return protocol == null ? texts.t("none")
                : texts.t("protocol", protocol.number(), PrintTexts.date(protocol.date()));
    }

    /** "Goal: ..." and below it the tasks numbered in their order. */
    private String goalAndTasks(Programme p) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.t("goal", texts.orDash(p.goal())));
        List<Task> tasks = p.tasks().stream().sorted(Comparator.comparingInt(Task::position)).toList();
        if (!tasks.isEmpty()) {
            lines.add(texts.t("tasks"));
            for (int i = 0; i < tasks.size(); i++) {
                lines.add((i + 1) + ". " + tasks.get(i).text().strip());
            }
        }
        return String.join("\n", lines);
    }

    /** The internal and the external resources, each on its own line when written. */
    private String resources(Programme p) {
        List<String> lines = new ArrayList<>();
        if (p.internalResources() != null && !p.internalResources().isBlank()) {
            lines.add(texts.t("resources.internal", p.internalResources().strip()));
        }
        if (p.externalResources() != null && !p.externalResources().isBlank()) {
            lines.add(texts.t("resources.external", p.externalResources().strip()));
        }
        return lines.isEmpty() ? texts.t("none") : String.join("\n", lines);
    }
}
