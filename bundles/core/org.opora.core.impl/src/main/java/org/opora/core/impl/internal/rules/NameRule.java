package org.opora.core.impl.internal.rules;

import java.lang.Character.UnicodeScript;
import java.util.Optional;

import org.opora.core.api.ValidationException;

/**
 * A person's name (surname, given name, patronymic, a representative's full name) is written in letters of one
 * alphabet per word — Cyrillic, or Latin for a foreign name — with hyphens, apostrophes and spaces between: a word
 * mixing look-alike letters (a Cyrillic surname typed with a Latin a and o) would not be found by a search for the
 * surname and would slip past the duplicate check; digits, emoji and markup are no part of a name.
 */
public final class NameRule {

    /** Why a name is refused: an i18n key and, for a mixed word, that word. */
    public record Problem(String messageKey, String word) {

        /** The key of the same problem in an import report ({@code core.import.error.name.*}). */
        public String importKey() {
            return messageKey.replace("core.error.", "core.import.error.");
        }
    }

    private NameRule() {
    }

    /** The problem of the (stripped) name, or empty when it is fine; an empty name is not this rule's business. */
    public static Optional<Problem> problem(String name) {
        String value = name == null ? "" : name.strip();
        for (String word : value.split("[\\s\\-'\u2019]+")) {
            if (word.isEmpty()) {
                continue;
            }
            UnicodeScript alphabet = null;
            for (int i = 0; i < word.length();) {
                int c = word.codePointAt(i);
                i += Character.charCount(c);
                UnicodeScript script = Character.isLetter(c) ? UnicodeScript.of(c) : null;
                if (script != UnicodeScript.CYRILLIC && script != UnicodeScript.LATIN) {
                    return Optional.of(new Problem("core.error.name.letters", word));
                }
                if (alphabet != null && alphabet != script) {
                    return Optional.of(new Problem("core.error.name.mixed", word));
                }
                alphabet = script;
            }
        }
        if (!value.isEmpty() && !Character.isLetter(value.codePointAt(0))) {
            return Optional.of(new Problem("core.error.name.letters", value));
        }
        return Optional.empty();
    }

    /** The name; refused with the field when it breaks the rule. */
    public static String check(String field, String name) {
        problem(name).ifPresent(p -> {
            throw new ValidationException(field, p.messageKey(), p.word());
        });
        return name;
    }
}
