package org.opora.platform.print.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy word wrapping. Line breaks in the text are kept and runs of spaces collapse to one. A word that does
 * not fit may break after a hyphen, dash or slash ("speech-" / "therapist"); a word wider than the whole line
 * is cut where the line is full, with a hyphen between letters, rather than overflowing its cell.
 */
final class TextWrapper {

    /** A text this much wider than the width still fits: sums of glyph widths differ in the last bits. */
    static final float TOLERANCE = 0.01f;

    private static final String BREAK_AFTER = "-\u2010\u2013\u2014/";
    private static final String HYPHEN = "-";
    /** Letters that never begin a line after a hyphen: the Cyrillic soft and hard signs. */
    private static final String NO_LINE_START = "\u044C\u044A\u042C\u042A";

    private TextWrapper() {
    }

    /** Wraps cleaned text to the width; an empty text still gives one (empty) line so that boxes keep a height. */
    static List<TextLine> wrap(String text, TextStyle style, float width) {
        List<TextLine> lines = new ArrayList<>();
        for (String hardLine : text.split("\n", -1)) {
            wrapLine(hardLine, style, width, lines);
        }
        return lines;
    }

    private static void wrapLine(String text, TextStyle style, float width, List<TextLine> out) {
        float space = style.width(" ");
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : text.trim().split(" +")) {
            boolean wordStart = true;
            for (String part : parts(word)) {
                float glue = line.length() > 0 && wordStart ? space : 0;
                float partWidth = style.width(part);
                if (line.length() > 0 && lineWidth + glue + partWidth <= width + TOLERANCE) {
                    line.append(glue > 0 ? " " : "").append(part);
                    lineWidth += glue + partWidth;
                } else {
                    if (line.length() > 0) {
                        out.add(new TextLine(line.toString(), false));
                        line.setLength(0);
                    }
                    String rest = partWidth > width + TOLERANCE ? cut(part, style, width, out) : part;
                    line.append(rest);
                    lineWidth = style.width(rest);
                }
                wordStart = false;
            }
        }
        out.add(new TextLine(line.toString(), true));
    }

    /** The word split after each hyphen, dash or slash inside it: the places it may break without a new hyphen. */
    static List<String> parts(String word) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < word.length() - 1; i++) {
            if (BREAK_AFTER.indexOf(word.charAt(i)) >= 0 && BREAK_AFTER.indexOf(word.charAt(i + 1)) < 0) {
                parts.add(word.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < word.length()) {
            parts.add(word.substring(start));
        }
        return parts;
    }

    /** Emits full-width pieces of a too-wide word as lines; returns the last piece, left for the next words. */
    private static String cut(String word, TextStyle style, float width, List<TextLine> out) {
        // room for the hyphen is kept on every piece, added where the cut falls between two letters
        float room = width - style.width(HYPHEN);
        int start = 0;
        float pieceWidth = 0;
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            int next = i + Character.charCount(cp);
            float w = style.width(word.substring(i, next));
            // at least one character per piece, or a glyph wider than the line would loop forever
            if (pieceWidth + w > room && i > start) {
                int at = cutPoint(word, start, i);
                boolean betweenLetters = Character.isLetter(word.codePointBefore(at))
                        && Character.isLetter(word.codePointAt(at));
                out.add(new TextLine(word.substring(start, at) + (betweenLetters ? HYPHEN : ""), false));
                pieceWidth = style.width(word.substring(at, i));
                start = at;
            }
            pieceWidth += w;
            i = next;
        }
        return word.substring(start);
    }

    /** Where to cut before index {@code at}: one letter earlier if the next line would start with a sign. */
    private static int cutPoint(String word, int start, int at) {
        boolean badStart = NO_LINE_START.indexOf(word.charAt(at)) >= 0;
        boolean canMove = at - 1 > start && !Character.isSurrogate(word.charAt(at - 1));
        return badStart && canMove ? at - 1 : at;
    }
}
