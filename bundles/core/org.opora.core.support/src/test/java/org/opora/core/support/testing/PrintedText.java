package org.opora.core.support.testing;

import java.util.ArrayList;
import java.util.List;

import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.PrintDocument;

/** What a printable form's tests read of a built document, before any rendering. */
public final class PrintedText {

    private PrintedText() {
    }

    /** Every text of the document: title, mark and the content of every block. */
    public static String text(PrintDocument doc) {
        List<String> parts = new ArrayList<>(List.of(doc.title(), doc.restrictionMark()));
        for (Block b : doc.blocks()) {
            if (b instanceof Block.Heading h) {
                parts.add(h.text());
            } else if (b instanceof Block.Paragraph p) {
                parts.add(p.text());
            } else if (b instanceof Block.Fields f) {
                f.rows().forEach(r -> parts.add(r.label() + ": " + r.value()));
            } else if (b instanceof Block.Table t) {
                t.columns().forEach(c -> parts.add(c.header()));
                t.rows().forEach(r -> parts.add(String.join(" | ", r)));
            } else if (b instanceof Block.Signatures s) {
                s.signatures().forEach(x -> parts.add(x.role() + " " + x.name()));
            } else if (b instanceof Block.Approval a) {
                parts.addAll(a.lines());
            }
        }
        return String.join("\n", parts);
    }

    /** The blocks of one kind, in order. */
    public static <T extends Block> List<T> blocks(PrintDocument doc, Class<T> kind) {
        return doc.blocks().stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
