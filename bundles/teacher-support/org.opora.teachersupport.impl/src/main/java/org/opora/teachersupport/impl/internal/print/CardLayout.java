package org.opora.teachersupport.impl.internal.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.opora.core.support.FormTexts;
import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.Block.Align;
import org.opora.platform.api.print.Block.Column;
import org.opora.platform.api.print.Block.Field;
import org.opora.platform.api.print.Block.Signature;
import org.opora.platform.api.print.PrintDocument;
import org.opora.teachersupport.api.diagnosis.DiagnosisEntry;
import org.opora.teachersupport.api.help.Evidence;
import org.opora.teachersupport.api.help.HelpEntry;
import org.opora.teachersupport.api.record.Participant;
import org.opora.teachersupport.api.record.Problem;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.api.route.Checkpoint;
import org.opora.teachersupport.api.route.Route;
import org.opora.teachersupport.impl.internal.config.SupportList;
import org.opora.teachersupport.impl.internal.config.SupportRules;

/**
 * The layout of the individual support card: the opening record in the words of regulation 004 (5.1: the teacher,
 * the decision, who leads, who takes part, the problems, the planned forms of help), then the diagnosis (4), the
 * route and its checkpoints (3.1, 3.2), the help given (3.3 to 3.5) and the evidence (5.2), and the lead's signature.
 */
final class CardLayout {

    private final FormTexts texts;
    private final SupportRules rules;
    private final String schoolName;

    CardLayout(FormTexts texts, SupportRules rules, String schoolName) {
        this.texts = texts;
        this.rules = rules;
        this.schoolName = schoolName;
    }

    PrintDocument build(SupportRecord r, List<DiagnosisEntry> diagnosis, Route route, List<Checkpoint> checkpoints,
            List<HelpEntry> help, List<Evidence> evidence) {
        PrintDocument.Builder doc = PrintDocument.builder(texts.t("card.file", r.teacher()));
        doc.restricted(texts.t("restricted"));
        if (!schoolName.isBlank()) {
            doc.add(new Block.Paragraph(schoolName, Align.CENTER, true));
        }
        doc.heading(texts.t("card.heading"), 1);
        doc.heading(texts.t("card.opening"), 2);
        doc.add(new Block.Fields(List.of(new Field(texts.t("card.teacher"), r.teacher()),
                new Field(texts.t("card.position"), texts.orDash(r.position())),
                new Field(texts.t("card.decidedOn"), FormTexts.date(r.decidedOn())),
                new Field(texts.t("card.lead"), r.lead()),
                new Field(texts.t("card.participants"), texts.orDash(r.participants().stream()
                        .map(Participant::name).collect(Collectors.joining(", ")))),
                new Field(texts.t("card.status"), texts.t("status." + r.status().name()))
        )));
        doc.heading(texts.t("card.problems"), 3);
        doc.add(new Block.Table(List.of(new Column(texts.t("col.number"), 1), new Column(texts.t("col.type"), 4),
                new Column(texts.t("col.problem"), 10)), problems(r.problems())));
        doc.heading(texts.t("card.plannedForms"), 3);
        doc.paragraph(texts.orDash(r.plannedForms().stream().map(f -> label(SupportList.HELP_FORMS, f))
                .collect(Collectors.joining("; "))));
        if (!r.plannedNote().isBlank()) {
            doc.paragraph(r.plannedNote());
        }
        diagnosis(doc, r, diagnosis);
        route(doc, route, checkpoints);
        help(doc, help);
        evidence(doc, evidence);
        doc.add(new Block.Spacer(12));
        doc.add(new Block.Signatures(List.of(new Signature(texts.t("sign.lead"), r.lead(), true))));
        return doc.build();
    }

    private List<List<String>> problems(List<Problem> problems) {
        List<List<String>> rows = new ArrayList<>();
        for (Problem p : problems) {
            rows.add(List.of(String.valueOf(p.position()), label(SupportList.DIFFICULTY_TYPES, p.difficultyType()),
                    p.description()));
        }
        return rows;
    }

    private void diagnosis(PrintDocument.Builder doc, SupportRecord r, List<DiagnosisEntry> entries) {
        doc.heading(texts.t("card.diagnosis"), 2);
        Map<Long, Integer> positions = r.problems().stream()
                .collect(Collectors.toMap(Problem::id, Problem::position));
        List<List<String>> rows = new ArrayList<>();
        for (DiagnosisEntry d : entries) {
            String concerns = d.problemIds().stream().map(positions::get).filter(p -> p != null).sorted()
                    .map(String::valueOf).collect(Collectors.joining(", "));
            rows.add(List.of(FormTexts.date(d.date()), label(SupportList.DIAGNOSIS_SOURCES, d.source()),
                    d.conductedBy(), d.findings(), texts.orDash(concerns)));
        }
        table(doc, rows, new Column(texts.t("col.date"), 2), new Column(texts.t("col.source"), 4),
                new Column(texts.t("col.by"), 3), new Column(texts.t("col.findings"), 7),
                new Column(texts.t("col.problems"), 2));
    }

    private void route(PrintDocument.Builder doc, Route route, List<Checkpoint> checkpoints) {
        doc.heading(texts.t("card.route"), 2);
        if (route == null) {
            doc.paragraph(texts.t("card.noRoute"));
            return;
        }
        doc.add(new Block.Fields(List.of(new Field(texts.t("card.focus"), texts.t("focus." + route.focus().name())),
                new Field(texts.t("card.place"), texts.t("place." + route.place().name())),
                new Field(texts.t("card.basis"), route.basis()),
                new Field(texts.t("card.period"), texts.period(route.from(), route.to())))));
        doc.heading(texts.t("card.checkpoints"), 3);
        List<List<String>> rows = new ArrayList<>();
        for (Checkpoint c : checkpoints) {
            String result = c.doneOn() == null ? texts.t("checkpoint." + c.state().name())
                    : FormTexts.date(c.doneOn()) + ": " + c.result();
            rows.add(List.of(FormTexts.date(c.due()), label(SupportList.CHECKPOINT_KINDS, c.kind()), c.description(),
                    result, texts.orDash(c.evidence())));
        }
        table(doc, rows, new Column(texts.t("col.due"), 2), new Column(texts.t("col.checkpoint"), 4),
                new Column(texts.t("col.description"), 5), new Column(texts.t("col.result"), 5),
                new Column(texts.t("col.evidence"), 3));
    }

    private void help(PrintDocument.Builder doc, List<HelpEntry> help) {
        doc.heading(texts.t("card.help"), 2);
        List<List<String>> rows = new ArrayList<>();
        for (HelpEntry h : help) {
            String topic = h.competitionLevel() == null ? h.topic()
                    : texts.t("card.competition", h.topic(), texts.t("level." + h.competitionLevel().name()),
                            texts.orDash(h.competitionResult()));
            rows.add(List.of(FormTexts.date(h.date()), label(SupportList.HELP_FORMS, h.form()), h.providedBy(), topic,
                    texts.orDash(h.content()), texts.orDash(h.recommendations())));
        }
        table(doc, rows, new Column(texts.t("col.date"), 2), new Column(texts.t("col.form"), 3),
                new Column(texts.t("col.by"), 3), new Column(texts.t("col.topic"), 4),
                new Column(texts.t("col.content"), 5), new Column(texts.t("col.recommendations"), 4));
    }

    private void evidence(PrintDocument.Builder doc, List<Evidence> evidence) {
        doc.heading(texts.t("card.evidence"), 2);
        List<List<String>> rows = new ArrayList<>();
        for (Evidence e : evidence) {
            rows.add(List.of(FormTexts.date(e.date()), label(SupportList.EVIDENCE_KINDS, e.kind()),
                    texts.t("stage." + e.stage().name()), e.description(), texts.orDash(e.fileName())));
        }
        table(doc, rows, new Column(texts.t("col.date"), 2), new Column(texts.t("col.evidenceKind"), 5),
                new Column(texts.t("col.stage"), 2), new Column(texts.t("col.description"), 7),
                new Column(texts.t("col.file"), 3));
    }

    private void table(PrintDocument.Builder doc, List<List<String>> rows, Column... columns) {
        if (rows.isEmpty()) {
            doc.paragraph(texts.t("card.nothing"));
        } else {
            doc.add(new Block.Table(List.of(columns), rows));
        }
    }

    private String label(SupportList list, String code) {
        Locale locale = texts.locale();
        return rules.label(list, code, locale);
    }
}
