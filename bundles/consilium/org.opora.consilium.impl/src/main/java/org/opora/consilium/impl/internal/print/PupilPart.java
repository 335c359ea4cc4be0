package org.opora.consilium.impl.internal.print;

import java.util.ArrayList;
import java.util.List;

import org.opora.consilium.api.Decisions;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.consilium.api.meeting.Presentation;
import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.Block.Align;
import org.opora.platform.api.print.Block.Field;
import org.opora.platform.api.print.PrintDocument;

/**
 * One pupil's part of a protocol in the order of the procedure of regulation 002: the specialists' presentations,
 * the actual problems, goal and tasks, resources and the decision with its recommendations. The protocol prints it
 * for every pupil, the parents' extract for one.
 */
final class PupilPart {

    private final PrintTexts texts;

    PupilPart(PrintTexts texts) {
        this.texts = texts;
    }

    /** Adds the part of the item to the document. */
    void add(PrintDocument.Builder doc, AgendaItem item) {
        Outcome outcome = item.outcome();
        doc.heading(texts.t("presentations"), 3);
        if (item.presentations().isEmpty()) {
            doc.paragraph(texts.t("none"));
        }
        for (Presentation p : item.presentations()) {
            String author = p.position().isBlank() ? p.staffName() : texts.t("author", p.staffName(), p.position());
            doc.add(new Block.Paragraph(author, Align.LEFT, true));
            doc.add(new Block.Paragraph(p.text().isBlank() ? texts.t("presentationMissing") : p.text().strip(),
                    Align.JUSTIFY, false));
        }
        doc.heading(texts.t("problems"), 3);
        doc.add(new Block.Paragraph(texts.orDash(outcome.problems()), Align.JUSTIFY, false));
        doc.heading(texts.t("goalAndTasks"), 3);
        doc.add(new Block.Fields(List.of(new Field(texts.t("goal"), texts.orDash(outcome.goal())),
                new Field(texts.t("tasks"), texts.orDash(outcome.tasks())))));
        doc.heading(texts.t("resources"), 3);
        doc.add(new Block.Paragraph(texts.orDash(outcome.resources()), Align.JUSTIFY, false));
        doc.heading(texts.t("decision"), 3);
        doc.add(new Block.Fields(decision(item)));
    }

    private List<Field> decision(AgendaItem item) {
        Outcome o = item.outcome();
        List<Field> rows = new ArrayList<>();
        rows.add(new Field(texts.t("decisions"), texts.orDash(texts.decisions(o.decisions()))));
        if (!o.decisionText().isBlank()) {
            rows.add(new Field(texts.t("decisionText"), o.decisionText().strip()));
        }
        if (o.decisions().contains(Decisions.PROGRAMME_OPEN) || !item.curatorName().isBlank()) {
            rows.add(new Field(texts.t("curator"), texts.orDash(item.curatorName())));
        }
        rows.add(new Field(texts.t("teacherRecommendations"), texts.orDash(o.teacherRecommendations())));
        rows.add(new Field(texts.t("parentRecommendations"), texts.orDash(o.parentRecommendations())));
        if (o.decisions().contains(Decisions.REFER_EXTERNAL) || !o.externalReferral().isBlank()) {
            rows.add(new Field(texts.t("externalReferral"), texts.orDash(o.externalReferral())));
        }
        if (o.reviewBy() != null) {
            rows.add(new Field(texts.t("reviewBy"), PrintTexts.date(o.reviewBy())));
        }
        return rows;
    }
}
