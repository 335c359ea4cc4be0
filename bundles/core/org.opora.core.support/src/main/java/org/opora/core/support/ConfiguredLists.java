package org.opora.core.support;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

import org.opora.core.api.ListItem;
import org.opora.platform.api.i18n.Translator;

/**
 * A module's configured lists (one entry a line: {@code code}, {@code code = Label} or
 * {@code code = Russian label | English label}), labelled for a language. Built-in codes take their labels from the
 * message bundle under the key the module names; a label the school wrote wins in Russian (the school's language)
 * and names a code the bundle does not know; in English the school's English label wins, else the bundle's, else the
 * Russian one.
 *
 * @param <K> the module's enum of lists
 */
public final class ConfiguredLists<K extends Enum<K>> {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final Map<K, List<ListItem>> lists;
    private final BiFunction<K, String, String> messageKey;
    private final Map<K, Map<String, String>> english;

    /**
     * @param lists      the parsed entries of each list (see {@link ListItem#parseAll})
     * @param messageKey the message key of a built-in code's label, e.g. {@code consilium.list.sign.<code>}
     */
    public ConfiguredLists(Map<K, List<ListItem>> lists, BiFunction<K, String, String> messageKey) {
        this(lists, Map.of(), messageKey);
    }

    /**
     * @param lists      the parsed entries of each list (see {@link ListItem#parseAll})
     * @param english    the English labels the school wrote, by list and code (see {@link ListItem#englishLabels}):
     *                   shown in English
     * @param messageKey the message key of a built-in code's label, e.g. {@code consilium.list.sign.<code>}
     */
    public ConfiguredLists(Map<K, List<ListItem>> lists, Map<K, Map<String, String>> english,
            BiFunction<K, String, String> messageKey) {
        this.lists = lists.isEmpty() ? new HashMap<>() : new EnumMap<>(lists);
        this.english = english.isEmpty() ? Map.of() : new EnumMap<>(english);
        this.messageKey = messageKey;
    }

    /**
     * The lists from their configured entries ({@code code = Russian label | English label} a line), a malformed
     * entry handed to {@code malformed} (entry, reason) and left out.
     */
    public static <K extends Enum<K>> ConfiguredLists<K> of(Map<K, String[]> entries,
            BiFunction<K, String, String> messageKey, BiConsumer<String, String> malformed) {
        Map<K, List<ListItem>> lists = new HashMap<>();
        Map<K, Map<String, String>> english = new HashMap<>();
        entries.forEach((list, lines) -> {
            lists.put(list, ListItem.parseAll(lines, malformed));
            english.put(list, ListItem.englishLabels(lines));
        });
        return new ConfiguredLists<>(lists, english, messageKey);
    }

    /** The list labelled in the language; {@code translator} may be {@code null} while there is none. */
    public List<ListItem> items(K list, Locale locale, Translator translator) {
        return entries(list).stream().map(i -> new ListItem(i.code(), label(list, i, locale, translator))).toList();
    }

    /** The label of a code in the language; the code itself when the list does not know it. */
    public String label(K list, String code, Locale locale, Translator translator) {
        return entries(list).stream().filter(i -> i.code().equals(code)).findFirst()
                .map(i -> label(list, i, locale, translator)).orElse(code);
    }

    /** Whether the code is configured in the list (labels do not matter). */
    public boolean contains(K list, String code) {
        return entries(list).stream().anyMatch(i -> i.code().equals(code));
    }

    /** The entries as configured, unlabelled. */
    public List<ListItem> entries(K list) {
        return lists.getOrDefault(list, List.of());
    }

    private String label(K list, ListItem item, Locale locale, Translator translator) {
        boolean own = !item.label().equals(item.code());
        boolean english = locale != null && "en".equals(locale.getLanguage());
        if (own && !english) {
            return item.label();
        }
        String englishLabel = english ? this.english.getOrDefault(list, Map.of()).get(item.code()) : null;
        if (englishLabel != null) {
            return englishLabel;
        }
        String key = messageKey.apply(list, item.code());
        String text = translator == null ? key : translator.translate(key, locale == null ? RUSSIAN : locale);
        return text.equals(key) ? item.label() : text;
    }
}
