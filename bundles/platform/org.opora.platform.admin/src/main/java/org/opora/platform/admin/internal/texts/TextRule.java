package org.opora.platform.admin.internal.texts;

import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The rule for a school's own text of a module's message: not longer than {@value #MAX_LENGTH} characters, parses
 * as a MessageFormat pattern, and has the same placeholders as the module's text in that language (or the Russian
 * one when the module has no English text), so that what the module fills in still lands in the text.
 */
public final class TextRule {

    static final int MAX_LENGTH = 4000;

    private TextRule() {
    }

    /**
     * Refuses the text, or returns quietly.
     *
     * @param language the text's language, {@code ru} or {@code en}
     * @param module   the module's text it replaces (in that language, else the Russian one); null if none
     * @param text     the school's text, stripped, not blank
     */
    public static void check(String language, String module, String text) {
        if (text.length() > MAX_LENGTH) {
            throw new TextRefused(language, "admin.texts.error.long", MAX_LENGTH);
        }
        Optional<String> error = Placeholders.parseError(text, Locale.forLanguageTag(language));
        if (error.isPresent()) {
            throw new TextRefused(language, "admin.texts.error.parse", error.get());
        }
        SortedMap<Integer, String> expected = Placeholders.of(module == null ? "" : module);
        SortedMap<Integer, String> given = Placeholders.of(text);
        if (!expected.equals(given)) {
            throw new TextRefused(language, "admin.texts.error.placeholders", Placeholders.describe(expected),
                    Placeholders.describe(given));
        }
    }
}
