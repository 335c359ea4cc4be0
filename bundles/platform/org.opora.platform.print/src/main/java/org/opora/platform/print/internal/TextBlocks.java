package org.opora.platform.print.internal;

import java.util.List;

import org.opora.platform.api.print.Block.Align;
import org.opora.platform.api.print.Block.Heading;
import org.opora.platform.api.print.Block.Paragraph;

/** Headings and paragraphs: wrapped lines across the full width, breaking pages between lines. */
final class TextBlocks {

    /** Lines of the following text a heading keeps with it, so that it never ends a page alone. */
    private static final int KEEP_WITH_NEXT = 2;

    private final Canvas canvas;
    private final Typography typography;

    TextBlocks(Canvas canvas, Typography typography) {
        this.canvas = canvas;
        this.typography = typography;
    }

    void heading(Heading heading) {
        TextStyle style = typography.heading(heading.level());
        // the title and section headings of a form are centred, sub-sections start at the margin
        Align align = heading.level() < 3 ? Align.CENTER : Align.LEFT;
        canvas.gap(style.size() * 0.5f);
        List<TextLine> lines = typography.wrap(heading.text(), style, canvas.width());
        canvas.ensure(lines.size() * style.leading() + KEEP_WITH_NEXT * typography.body(false).leading());
        flow(lines, style, canvas.left(), canvas.width(), align);
    }

    void paragraph(Paragraph paragraph) {
        TextStyle style = typography.body(paragraph.bold());
        flow(typography.wrap(paragraph.text(), style, canvas.width()), style, canvas.left(), canvas.width(),
                paragraph.align());
    }

    /** Draws lines one below the other from the cursor, breaking the page wherever a line does not fit. */
    static void flow(Canvas canvas, List<TextLine> lines, TextStyle style, float x, float width, Align align) {
        for (TextLine line : lines) {
            canvas.ensure(style.leading());
            canvas.line(line, style, x, width, align, canvas.y());
            canvas.down(style.leading());
        }
    }

    private void flow(List<TextLine> lines, TextStyle style, float x, float width, Align align) {
        flow(canvas, lines, style, x, width, align);
    }
}
