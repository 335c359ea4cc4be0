package org.opora.platform.print.internal;

import java.util.ArrayList;
import java.util.List;

import org.opora.platform.api.print.Block.Align;
import org.opora.platform.api.print.Block.Approval;

/**
 * The approval block of a regulation ("approved", position, signature and date lines): a column at the
 * right margin, its lines starting flush with each other as the office paperwork standard lays it out.
 */
final class ApprovalBlock {

    /** The block never takes more than this share of the width; longer lines wrap inside it. */
    private static final float MAX_SHARE = 0.45f;

    private final Canvas canvas;
    private final Typography typography;

    ApprovalBlock(Canvas canvas, Typography typography) {
        this.canvas = canvas;
        this.typography = typography;
    }

    void render(Approval approval) {
        TextStyle style = typography.body(false);
        float maxWidth = canvas.width() * MAX_SHARE;
        List<TextLine> lines = new ArrayList<>();
        for (String text : approval.lines()) {
            lines.addAll(typography.wrap(text, style, maxWidth));
        }
        float width = Math.min(maxWidth, Typography.widest(lines, style));
        // the block is signed as a whole: keep it on one page
        canvas.ensure(lines.size() * style.leading());
        TextBlocks.flow(canvas, lines, style, canvas.right() - width, width, Align.LEFT);
    }
}
