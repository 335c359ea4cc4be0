package org.opora.platform.print.internal;

import java.util.List;

import org.opora.platform.api.print.Block.Align;
import org.opora.platform.api.print.Block.Signature;
import org.opora.platform.api.print.Block.Signatures;

/**
 * Signature lines at the end of a form: the role on the left, a line to sign on, the name, and below them the
 * date line where the form asks for one. Each signature stays on one page.
 */
final class SignaturesBlock {

    static final String SIGN_LINE = "____________";
    static final String DATE_LINE_KEY = "print.signature.dateLine";

    /** Shares of the width: role | line to sign on | name. */
    private static final float ROLE = 0.42f;
    private static final float LINE = 0.25f;
    /** Space above each signature, so that there is room to sign. */
    private static final float SIGNING_ROOM = 1.2f;
    /** Extra space above the date line, in lines: the date is written in by hand. */
    private static final float DATE_ROOM = 0.4f;

    private final Canvas canvas;
    private final Typography typography;
    private final String dateLine;

    SignaturesBlock(Canvas canvas, Typography typography, String dateLine) {
        this.canvas = canvas;
        this.typography = typography;
        this.dateLine = dateLine;
    }

    void render(Signatures signatures) {
        for (Signature signature : signatures.signatures()) {
            render(signature);
        }
    }

    private void render(Signature signature) {
        TextStyle style = typography.body(false);
        float roleWidth = canvas.width() * ROLE;
        float lineX = canvas.left() + roleWidth;
        float nameX = lineX + canvas.width() * LINE;
        float nameWidth = canvas.right() - nameX;
        List<TextLine> role = typography.wrap(signature.role(), style, roleWidth - style.size());
        List<TextLine> name = typography.wrap(signature.name(), style, nameWidth);
        // one signs at the foot of a long role, so the line and the name stand on the role's last line
        int signRow = role.size() - 1;
        int rows = Math.max(role.size(), signRow + name.size()) + (signature.dated() ? 1 : 0);
        float leading = style.leading();
        float height = rows * leading + (signature.dated() ? DATE_ROOM * leading : 0);

        canvas.gap(leading * SIGNING_ROOM);
        canvas.ensure(height);
        float top = canvas.y();
        float signTop = top - signRow * leading;
        draw(role, style, canvas.left(), roleWidth, top);
        canvas.line(new TextLine(SIGN_LINE, true), style, lineX, canvas.width() * LINE, Align.LEFT, signTop);
        draw(name, style, nameX, nameWidth, signTop);
        if (signature.dated()) {
            float dateWidth = canvas.right() - lineX;
            draw(typography.wrap(dateLine, style, dateWidth).subList(0, 1), style, lineX, dateWidth,
                    top - height + leading);
        }
        canvas.down(height);
    }

    private void draw(List<TextLine> lines, TextStyle style, float x, float width, float top) {
        float lineTop = top;
        for (TextLine line : lines) {
            canvas.line(line, style, x, width, Align.LEFT, lineTop);
            lineTop -= style.leading();
        }
    }
}
