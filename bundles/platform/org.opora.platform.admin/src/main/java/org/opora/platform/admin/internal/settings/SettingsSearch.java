package org.opora.platform.admin.internal.settings;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search over settings: a configuration matches when every word typed occurs in its name or description, or in
 * one of its attributes (name, description, default or stored values, and the labels of a coded list's codes).
 */
final class SettingsSearch {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsSearch.class);

    private final Settings settings;
    private final String locale;
    private final Map<String, Optional<Settings.Form>> forms = new HashMap<>();

    SettingsSearch(Settings settings, String locale) {
        this.settings = settings;
        this.locale = locale;
    }

    /** Whether the configuration or one of its attributes matches the words (blank: everything matches). */
    boolean matches(Settings.Entry entry, String words) {
        if (words == null || words.isBlank() || contains(entry.name() + " " + entry.description(), words)) {
            return true;
        }
        return form(entry).map(f -> f.fields().stream().anyMatch(field -> contains(text(entry, field, f), words)))
                .orElse(false);
    }

    /** Whether one attribute matches (the configuration's own name and description do not count here). */
    boolean matches(Settings.Entry entry, SettingField field, Settings.Form form, String words) {
        return contains(text(entry, field, form), words);
    }

    private Optional<Settings.Form> form(Settings.Entry entry) {
        return forms.computeIfAbsent(entry.pid(), pid -> {
            try {
                return settings.form(entry, locale);
            } catch (IOException | RuntimeException e) {
                LOG.debug("Configuration {} could not be read for the search", pid, e);
                return Optional.empty();
            }
        });
    }

    private String text(Settings.Entry entry, SettingField field, Settings.Form form) {
        StringBuilder b = new StringBuilder(field.id()).append(' ').append(field.name()).append(' ')
                .append(field.description()).append(' ').append(String.join(" ", field.defaults())).append(' ')
                .append(SettingValues.toText(form.stored().get(field.id())));
        field.options().forEach(o -> b.append(' ').append(o.label()));
        if (settings.checks().codedLists(entry.pid()).contains(field.id())) {
            Locale language = Locale.forLanguageTag(locale == null ? "ru" : locale);
            field.defaults().forEach(l -> settings.checks().builtInLabel(entry.pid(), field.id(),
                    CodedLine.parse(l).code(), language).ifPresent(label -> b.append(' ').append(label)));
        }
        return b.toString();
    }

    /** Every word of {@code words} occurs in {@code text}, case and the Cyrillic yo/ye aside. */
    static boolean contains(String text, String words) {
        String haystack = fold(text);
        for (String word : fold(words).split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u0451', '\u0435');
    }
}
