package org.opora.core.impl.internal.exchange;

import java.io.IOException;

/** Writes text into XML the writer produces by hand. */
final class XmlText {

    private XmlText() {
    }

    /**
     * Appends text escaped for element content and attribute values. Characters XML 1.0 cannot carry at all
     * (control characters other than tab and line breaks, unpaired surrogates, U+FFFE/U+FFFF) are dropped: Excel
     * refuses a workbook that has them. Line breaks are written as LF, which is what a parser reads anyway.
     */
    static void append(Appendable out, String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '"') {
                out.append("&quot;");
            } else if (allowed(c)) {
                out.append(c);
            }
        }
    }

    /** The text escaped, for short values such as names. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        try {
            append(sb, text);
        } catch (IOException e) {
            throw new IllegalStateException("a StringBuilder does not fail", e);
        }
        return sb.toString();
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }
}
