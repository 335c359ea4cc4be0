package org.opora.programmes.impl.internal.print;

import java.util.List;

import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.Block.Align;
import org.opora.platform.api.print.Block.Signature;
import org.opora.platform.api.print.PrintDocument;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.api.programme.PlanRow;
import org.opora.programmes.api.programme.Programme;

/**
 * The layout of the form of regulation 002: the director's approval at the top right, "for official use only" on
 * every page, the title, the header table, the support plan and the sign-off of the parents, the curator and the
 * consilium's chair, each with a date line. A programme not yet approved is marked as a draft, the form the
 * parents are introduced to.
 */
final class ProgrammeLayout {

    private final PrintTexts texts;
    private final ProgrammeHeader.Labels labels;

    ProgrammeLayout(PrintTexts texts, ProgrammeHeader.Labels labels) {
        this.texts = texts;
        this.labels = labels;
    }

    /**
     * The form.
     *
     * @param approval the approval block
     * @param chair    the consilium's chair, empty when unknown
     */
    PrintDocument build(Programme p, List<PlanRow> plan, Block.Approval approval, String chair) {
        PrintDocument.Builder doc = PrintDocument.builder(texts.t("programme.file", String.valueOf(p.id())));
        doc.restricted(texts.t("restricted"));
        doc.add(approval);
        doc.add(new Block.Spacer(6));
        doc.heading(texts.t("programme.heading"), 1);
        if (p.revision() > 1) {
            doc.add(new Block.Paragraph(texts.t("revision", String.valueOf(p.revision())), Align.CENTER, false));
        }
        if (p.state() == null || !p.state().approved()) {
            doc.add(new Block.Paragraph(texts.t("draftMark"), Align.CENTER, true));
        }
        doc.add(new Block.Fields(new ProgrammeHeader(texts, labels).rows(p)));
        doc.heading(texts.t("support.heading"), 2);
        doc.add(new SupportPlanTable(texts).table(plan));
        doc.add(new Block.Spacer(12));
        String proposals = proposals(p);
        if (!proposals.isEmpty()) {
            doc.add(new Block.Paragraph(texts.t("programme.proposals", proposals), Align.LEFT, false));
        }
        doc.add(new Block.Paragraph(texts.t("programme.acknowledged"), Align.LEFT, true));
        doc.add(new Block.Signatures(List.of(
                new Signature(texts.t("sign.parents"), consentingParent(p.consent()), true),
                new Signature(texts.t("sign.parents"), "", true),
                new Signature(texts.t("sign.curator"), p.curatorName(), true),
                new Signature(texts.t("sign.chair"), chair, true))));
        return doc.build();
    }

    /** The parents' proposals on the draft as last recorded with «discussed with the parents»; empty for none. */
    static String proposals(Programme p) {
        String found = "";
        for (org.opora.programmes.api.Step s : p.steps()) {
            if (ProgrammeState.DISCUSSED_WITH_PARENTS.name().equals(s.kind())) {
                found = s.note();
            }
        }
        return found;
    }

    /** The parent who consented, printed on the first parent's line; nobody's name after a refusal. */
    private static String consentingParent(Consent consent) {
        return consent != null && consent.given() && consent.representative() != null
                ? consent.representative() : "";
    }
}
