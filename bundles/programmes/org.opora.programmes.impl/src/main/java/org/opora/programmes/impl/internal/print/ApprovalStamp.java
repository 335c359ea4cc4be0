package org.opora.programmes.impl.internal.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opora.platform.api.print.Block;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.Step;

/**
 * The director's approval block of the forms ("approved", the director's signature line, the school, the
 * director's name and the date). Until the record is approved the date is the form's blank line; a blank school or
 * name keeps the form's line with its caption, to be written in by hand.
 */
final class ApprovalStamp {

    private final PrintTexts texts;

    ApprovalStamp(PrintTexts texts) {
        this.texts = texts;
    }

    /**
     * The block.
     *
     * @param schoolName the school
     * @param director   the current director, printed unless the approval names who approved
     * @param approved   the approval step, or {@code null} while not approved
     */
    Block.Approval block(String schoolName, String director, Step approved) {
        String name = approved != null && !approved.byName().isBlank() ? approved.byName() : director;
        List<String> lines = new ArrayList<>();
        lines.add(texts.t("approval.approved"));
        lines.add(texts.t("approval.position"));
        filledOrLine(lines, schoolName, "approval.schoolCaption");
        filledOrLine(lines, name, "approval.nameCaption");
        lines.add(texts.signedOn(approved == null ? null : approved.date()));
        return new Block.Approval(lines);
    }

    private void filledOrLine(List<String> lines, String value, String caption) {
        if (value == null || value.isBlank()) {
            lines.add(texts.t("approval.line"));
            lines.add(texts.t(caption));
        } else {
            lines.add(value.strip());
        }
    }

    /** The latest approval among the steps, if the record was approved. */
    static Optional<Step> approval(List<Step> steps) {
        return last(steps, ProgrammeState.APPROVED.name());
    }

    /** The latest step of a kind. */
    static Optional<Step> last(List<Step> steps, String kind) {
        Step found = null;
        for (Step step : steps) {
            if (kind.equals(step.kind())) {
                found = step;
            }
        }
        return Optional.ofNullable(found);
    }
}
