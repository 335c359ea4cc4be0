package org.opora.core.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The reference lists a school configures (Settings → support service core). Labels of the built-in codes are
 * translated for the user's language; codes a school adds keep the label it wrote.
 */
@ProviderType
public interface ReferenceLists {

    /** The entries of a list, in the configured order, labelled for the language. */
    List<ListItem> items(ReferenceList list, Locale locale);

    /** One entry, if the code is in the list. */
    default Optional<ListItem> item(ReferenceList list, String code, Locale locale) {
        return items(list, locale).stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The label of a code; the code itself when it is no longer configured (old records stay readable). */
    default String label(ReferenceList list, String code, Locale locale) {
        return item(list, code, locale).map(ListItem::label).orElse(code);
    }
}
