package org.opora.programmes.impl.internal.print;

import java.util.ArrayList;
import java.util.List;

import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.approval.ChainStep;
import org.opora.platform.api.print.Block;

/**
 * The approval block of the forms ("approved", the approving position's signature line, the school, the name of
 * the person who approved and the date); the position is the one of the school's approval chain (by default the
 * director). Until the record is approved the date is the form's blank line; a blank school or
 * name keeps the form's line with its caption, to be written in by hand.
 */
final class ApprovalStamp {

    /** The role that approves in the seed schools' chains. */
    static final String DIRECTOR = "director";

    private final PrintTexts texts;

    ApprovalStamp(PrintTexts texts) {
        this.texts = texts;
    }

    /**
     * The block.
     *
     * @param schoolName the school
     * @param approver   the approving step of the record's chain: its position, and who approved on which day
     * @param name       the person printed: who approved, else who is to approve
     */
    Block.Approval block(String schoolName, ApprovalStep approver, String name) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.t("approval.approved"));
        lines.add(texts.t("approval.position", approver.position()));
        filledOrLine(lines, schoolName, "approval.schoolCaption");
        filledOrLine(lines, name, "approval.nameCaption");
        lines.add(texts.signedOn(approver.date()));
        return new Block.Approval(lines);
    }

    /**
     * The approving step of the chain as the record shows it ({@code approvals} of the service: the last step); the
     * seed schools' director's when a chain shows none.
     */
    static ApprovalStep approver(List<ApprovalStep> chain, String directorTitle) {
        return chain.stream().filter(s -> s.kind() == ChainStep.Kind.APPROVE).reduce((a, b) -> b)
                .orElse(ApprovalStep.open(new ChainStep(ChainStep.Kind.APPROVE, DIRECTOR, ""), directorTitle,
                        List.of()));
    }

    /**
     * Who is printed: who approved; before the approval, for the seed schools' director role the school's director
     * as the school names them, else the one person holding the approving role; empty (a line to write in) when
     * nobody or several hold it.
     */
    static String name(ApprovalStep approver, String schoolDirector) {
        if (approver.isTaken() && !approver.byName().isBlank()) {
            return approver.byName();
        }
        if (DIRECTOR.equals(approver.role()) && schoolDirector != null && !schoolDirector.isBlank()) {
            return schoolDirector;
        }
        return approver.holders().size() == 1 ? approver.holders().get(0) : "";
    }

    private void filledOrLine(List<String> lines, String value, String caption) {
        if (value == null || value.isBlank()) {
            lines.add(texts.t("approval.line"));
            lines.add(texts.t(caption));
        } else {
            lines.add(value.strip());
        }
    }
}
