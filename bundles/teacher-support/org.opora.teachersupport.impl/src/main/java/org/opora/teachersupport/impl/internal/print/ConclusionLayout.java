package org.opora.teachersupport.impl.internal.print;

import java.util.ArrayList;
import java.util.List;

import org.opora.core.support.FormTexts;
import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.Block.Align;
import org.opora.platform.api.print.Block.Column;
import org.opora.platform.api.print.Block.Field;
import org.opora.platform.api.print.Block.Signature;
import org.opora.platform.api.print.PrintDocument;
import org.opora.teachersupport.api.conclusion.Conclusion;
import org.opora.teachersupport.api.conclusion.ProblemOutcome;
import org.opora.teachersupport.api.conclusion.ProblemsRemoved;
import org.opora.teachersupport.api.conclusion.TeacherNeed;
import org.opora.teachersupport.api.conclusion.Verdict;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.impl.internal.config.SupportList;
import org.opora.teachersupport.impl.internal.config.SupportRules;

/**
 * The layout of the general conclusion as the form of regulation 004 (5.4) has it: the table of the problems (state
 * before, state after, method of diagnosing the results, conclusions), the teacher, then each item with all its
 * options and the chosen ones marked, as on the paper form, and the signatures of the lead and the teacher.
 */
final class ConclusionLayout {

    private static final String CHOSEN = "\u2612 ";
    private static final String OPTION = "\u2610 ";

    private final FormTexts texts;
    private final SupportRules rules;
    private final String schoolName;

    ConclusionLayout(FormTexts texts, SupportRules rules, String schoolName) {
        this.texts = texts;
        this.rules = rules;
        this.schoolName = schoolName;
    }

    PrintDocument build(SupportRecord r, Conclusion c) {
        PrintDocument.Builder doc = PrintDocument.builder(texts.t("conclusion.file", r.teacher()));
        doc.restricted(texts.t(c.signed() ? "restricted" : "conclusion.restrictedDraft"));
        if (!schoolName.isBlank()) {
            doc.add(new Block.Paragraph(schoolName, Align.CENTER, true));
        }
        if (!c.signed()) {
            doc.add(new Block.Paragraph(texts.t("conclusion.draftMark"), Align.CENTER, true));
        }
        doc.heading(texts.t("conclusion.heading"), 1);
        doc.add(new Block.Fields(List.of(new Field(texts.t("conclusion.teacher"), r.teacher()),
                new Field(texts.t("card.decidedOn"), FormTexts.date(r.decidedOn())),
                new Field(texts.t("card.lead"), r.lead()))));
        doc.add(new Block.Table(List.of(new Column(texts.t("col.number"), 1), new Column(texts.t("col.problem"), 4),
                new Column(texts.t("col.before"), 4), new Column(texts.t("col.after"), 4),
                new Column(texts.t("col.method"), 3), new Column(texts.t("col.conclusions"), 4)),
                outcomes(c.outcomes())));
        doc.heading(texts.t("conclusion.item1"), 3);
        for (Verdict v : Verdict.values()) {
            option(doc, v == c.verdict(), texts.t("verdict." + v.name()));
        }
        doc.heading(texts.t("conclusion.item2"), 3);
        for (ProblemsRemoved p : ProblemsRemoved.values()) {
            String text = texts.t("removed." + p.name());
            if (p == ProblemsRemoved.NOT_REMOVED && p == c.removed()) {
                text = text + ": " + c.notRemoved();
            }
            option(doc, p == c.removed(), text);
        }
        doc.heading(texts.t("conclusion.item3"), 3);
        doc.add(new Block.Paragraph(texts.orDash(c.reasons()), Align.JUSTIFY, false));
        doc.heading(texts.t("conclusion.item4"), 3);
        for (TeacherNeed n : List.of(TeacherNeed.FURTHER_SUPPORT, TeacherNeed.HARDEST_PROBLEMS, TeacherNeed.NONE,
                TeacherNeed.PROFESSIONAL_DEVELOPMENT, TeacherNeed.ANOTHER_ROUTE)) {
            String text = texts.t("need." + n.name());
            boolean chosen = c.needs().contains(n);
            if (chosen && n == TeacherNeed.PROFESSIONAL_DEVELOPMENT) {
                text = text + ": " + c.development();
            } else if (chosen && n == TeacherNeed.ANOTHER_ROUTE) {
                text = text + ": " + c.anotherRouteWhy();
            }
            option(doc, chosen, text);
        }
        doc.heading(texts.t("conclusion.effectiveWays"), 3);
        doc.add(new Block.Paragraph(texts.orDash(c.effectiveWays()), Align.JUSTIFY, false));
        if (c.nextRecordId() != null) {
            doc.paragraph(texts.t("conclusion.nextRecord", c.nextRecordId()));
        }
        doc.add(new Block.Spacer(12));
        doc.add(new Block.Signatures(List.of(new Signature(texts.t("sign.lead"), r.lead(), true),
                new Signature(texts.t("sign.teacher"), r.teacher(), true))));
        doc.paragraph(c.signed() ? texts.t("conclusion.signedOn", FormTexts.date(c.signedOn()), c.signedBy())
                : texts.t("conclusion.notSigned"));
        return doc.build();
    }

    private List<List<String>> outcomes(List<ProblemOutcome> outcomes) {
        List<List<String>> rows = new ArrayList<>();
        for (ProblemOutcome o : outcomes) {
            String problem = rules.label(SupportList.DIFFICULTY_TYPES, o.difficultyType(), texts.locale()) + ": "
                    + o.problem();
            rows.add(List.of(String.valueOf(o.position()), problem, texts.orDash(o.before()), texts.orDash(o.after()),
                    texts.orDash(o.method()), texts.orDash(o.conclusions())));
        }
        return rows;
    }

    private static void option(PrintDocument.Builder doc, boolean chosen, String text) {
        doc.add(new Block.Paragraph((chosen ? CHOSEN : OPTION) + text, Align.LEFT, chosen));
    }
}
