package org.opora.teachersupport.impl.internal.print;

import java.util.ArrayList;
import java.util.List;

import org.opora.core.support.FormTexts;
import org.opora.platform.api.approval.ApprovalStep;
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
 * options and the chosen ones marked, as on the paper form, and the signatures of the lead and the teacher. Once
 * signed, the approval block ("approved") names the position of the school's chain {@code conclusionApprovalChain}
 * and who approved on which day (before the approval, the one holder of the role or a line to write in).
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

    PrintDocument build(SupportRecord r, Conclusion c, ApprovalStep approval) {
        PrintDocument.Builder doc = PrintDocument.builder(texts.t("conclusion.file", r.teacher()));
        doc.restricted(texts.t(c.signed() ? "restricted" : "conclusion.restrictedDraft"));
        if (c.signed()) {
            doc.add(approvalBlock(approval));
        }
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
        if (approval.isTaken()) {
            doc.paragraph(texts.t("conclusion.approvedOn", FormTexts.date(approval.date()), approval.position(),
                    approval.byName()));
        }
        return doc.build();
    }

    /** "Approved", the position with its signature line, who approved (or the one holder, or a line), the day. */
    private Block.Approval approvalBlock(ApprovalStep approval) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.t("approval.approved"));
        lines.add(texts.t("approval.position", approval.position()));
        String name = approval.isTaken() ? approval.byName()
                : approval.holders().size() == 1 ? approval.holders().get(0) : "";
        if (name.isBlank()) {
            lines.add(texts.t("approval.line"));
            lines.add(texts.t("approval.nameCaption"));
        } else {
            lines.add(name);
        }
        lines.add(approval.isTaken() ? FormTexts.date(approval.date()) : texts.t("approval.dateLine"));
        return new Block.Approval(lines);
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
