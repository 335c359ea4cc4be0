package org.opora.platform.api.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A printable form as a small, layout-free model: the platform's renderer turns it into a PDF (A4, embedded
 * fonts with Cyrillic, page numbers, the restriction mark on every page).
 *
 * @param title           document title (PDF metadata and file name)
 * @param restrictionMark mark printed on every page, e.g. the "for official use only" mark of a support programme; empty for none
 * @param blocks          content, top to bottom
 */
public record PrintDocument(String title, String restrictionMark, List<Block> blocks) {

    public PrintDocument {
        Objects.requireNonNull(title, "title");
        restrictionMark = restrictionMark == null ? "" : restrictionMark;
        blocks = List.copyOf(blocks);
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Fluent construction of a document. */
    public static final class Builder {
        private final String title;
        private final List<Block> blocks = new ArrayList<>();
        private String restrictionMark = "";

        private Builder(String title) {
            this.title = title;
        }

        public Builder restricted(String mark) {
            this.restrictionMark = mark;
            return this;
        }

        public Builder add(Block block) {
            blocks.add(Objects.requireNonNull(block));
            return this;
        }

        public Builder heading(String text, int level) {
            return add(new Block.Heading(text, level));
        }

        public Builder paragraph(String text) {
            return add(new Block.Paragraph(text, Block.Align.LEFT, false));
        }

        public PrintDocument build() {
            return new PrintDocument(title, restrictionMark, blocks);
        }
    }
}
