package org.opora.platform.admin.internal.texts;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The placeholders of a {@link MessageFormat} text — {@code {0}}, {@code {1,number,integer}} — by argument number,
 * each with its format type ({@code number}, {@code date} … or empty), outside quoted parts. A school's text must
 * have the same ones as the module's: the module fills them in, and a placeholder lost or added (or swallowed by an
 * apostrophe, which quotes in MessageFormat) would show a wrong or a raw text.
 */
final class Placeholders {

    private Placeholders() {
    }

    /** Why the text does not parse as MessageFormat, or empty when it does. */
    static Optional<String> parseError(String text, Locale locale) {
        try {
            new MessageFormat(text, locale);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    /** The placeholders by argument number → format type (empty for a plain {@code {0}}). */
    static SortedMap<Integer, String> of(String text) {
        SortedMap<Integer, String> found = new TreeMap<>();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                quoted = !quoted;
            } else if (c == '{' && !quoted) {
                int end = closing(text, i);
                String inside = text.substring(i + 1, end < 0 ? text.length() : end);
                int comma = inside.indexOf(',');
                String number = (comma < 0 ? inside : inside.substring(0, comma)).strip();
                String type = comma < 0 ? "" : inside.substring(comma + 1).split(",", 2)[0].strip()
                        .toLowerCase(Locale.ROOT);
                if (number.matches("\\d{1,3}")) {
                    found.put(Integer.valueOf(number), type);
                }
                if (end < 0) {
                    break;
                }
                i = end;
            }
            i++;
        }
        return found;
    }

    /** The index of the brace closing the one at {@code open}, counting nested braces; -1 if none. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The placeholders shown to a person: {@code {0}, {1,number}}, or a dash for none. */
    static String describe(SortedMap<Integer, String> placeholders) {
        if (placeholders.isEmpty()) {
            return "—";
        }
        StringBuilder b = new StringBuilder();
        placeholders.forEach((n, type) -> {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append('{').append(n).append(type.isEmpty() ? "" : "," + type).append('}');
        });
        return b.toString();
    }
}
