package org.opora.core.impl.internal.exchange;

import java.util.Locale;

/** Text helpers shared by the readers and the row parsers. */
final class Texts {

    /** Cyrillic small letter io; written as an escape because main sources stay ASCII. */
    private static final char IO = '\u0451';
    /** Cyrillic small letter ie, which Russian writing uses for io interchangeably. */
    private static final char IE = '\u0435';

    private Texts() {
    }

    /**
     * Strips a cell: besides ordinary white space also the no-break and zero-width spaces and the byte order mark that
     * cells copied from web pages and Word documents carry.
     */
    static String strip(String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && blank(text.charAt(start))) {
            start++;
        }
        while (end > start && blank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * The form names are compared in: lower case, io as ie, and only letters and digits, so that "E-mail", "Email"
     * and "e-mail:" or a column marked "Surname*" all match.
     */
    static String key(String text) {
        String lower = strip(text).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(c == IO ? IE : c);
            }
        }
        return key.toString();
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
