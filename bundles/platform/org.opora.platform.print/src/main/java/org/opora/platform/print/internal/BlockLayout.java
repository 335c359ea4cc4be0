package org.opora.platform.print.internal;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.opora.platform.api.print.Block;

/** Lays the blocks of a document out one below the other, handing each to the layout for its kind. */
final class BlockLayout {

    /** Space between two blocks. */
    private static final float BLOCK_GAP = 6f;

    private final Canvas canvas;
    private final TextBlocks text;
    private final FieldsBlock fields;
    private final TableBlock tables;
    private final ApprovalBlock approval;
    private final SignaturesBlock signatures;
    private final ChartBlock charts;

    BlockLayout(Canvas canvas, PDDocument document, Typography typography, String dateLine) {
        this.canvas = canvas;
        this.text = new TextBlocks(canvas, typography);
        this.fields = new FieldsBlock(canvas, typography);
        this.tables = new TableBlock(canvas, typography);
        this.approval = new ApprovalBlock(canvas, typography);
        this.signatures = new SignaturesBlock(canvas, typography, dateLine);
        this.charts = new ChartBlock(canvas, document);
    }

    void lay(Block block) {
        if (block instanceof Block.Spacer spacer) {
            canvas.down(Math.max(0, spacer.height()));
            return;
        }
        if (block instanceof Block.PageBreak) {
            canvas.pageBreak();
            return;
        }
        if (block instanceof Block.Heading heading) {
            text.heading(heading);
        } else if (block instanceof Block.Paragraph paragraph) {
            text.paragraph(paragraph);
        } else if (block instanceof Block.Fields rows) {
            fields.render(rows);
        } else if (block instanceof Block.Table table) {
            tables.render(table);
        } else if (block instanceof Block.Approval lines) {
            approval.render(lines);
        } else if (block instanceof Block.Signatures list) {
            signatures.render(list);
        } else if (block instanceof Block.Chart chart) {
            charts.render(chart);
        } else {
            // Block is sealed; this is reached only if the API grows a block this renderer does not know yet
            throw new IllegalArgumentException("Unsupported block " + block.getClass().getName());
        }
        canvas.gap(BLOCK_GAP);
    }
}
