package org.opora.core.support;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.opora.core.api.ListItem;
import org.opora.platform.api.i18n.Translator;

/**
 * A module's configured lists (one entry a line: {@code code} or {@code code = Label}), labelled for a language.
 * Built-in codes take their labels from the message bundle under the key the module names; a label the school wrote
 * wins in Russian (the school's language) and names a code the bundle does not know; English falls back to it.
 *
 * @param <K> the module's enum of lists
 */
public final class ConfiguredLists<K extends Enum<K>> {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final Map<K, List<ListItem>> lists;
    private final BiFunction<K, String, String> messageKey;

    /**
     * @param lists      the parsed entries of each list (see {@link ListItem#parseAll})
     * @param messageKey the message key of a built-in code's label, e.g. {@code consilium.list.sign.<code>}
     */
    public ConfiguredLists(Map<K, List<ListItem>> lists, BiFunction<K, String, String> messageKey) {
        this.lists = new EnumMap<>(lists);
        this.messageKey = messageKey;
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
        String key = messageKey.apply(list, item.code());
        String text = translator == null ? key : translator.translate(key, locale == null ? RUSSIAN : locale);
        return text.equals(key) ? item.label() : text;
    }
}
