package org.opora.core.kit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;

/**
 * One reference list read once for a view: the entries to choose from and the label of every code a record shows
 * (a code no longer configured shows itself, so old records stay readable).
 */
public final class Labels {

    private final List<ListItem> items;
    private final Map<String, String> byCode = new LinkedHashMap<>();

    private Labels(List<ListItem> items) {
        this.items = List.copyOf(items);
        items.forEach(i -> byCode.put(i.code(), i.label()));
    }

    public static Labels of(ReferenceLists lists, ReferenceList list, Locale locale) {
        return new Labels(lists.items(list, locale));
    }

    /** The configured entries, in order. */
    public List<ListItem> items() {
        return items;
    }

    /** The configured codes, in order. */
    public List<String> codes() {
        return items.stream().map(ListItem::code).toList();
    }

    /** The label of the code; the code itself when it is not configured; empty for none. */
    public String label(String code) {
        return code == null ? "" : byCode.getOrDefault(code, code);
    }

    /** The labels of the codes, separated by commas. */
    public String labels(List<String> codes) {
        return String.join(", ", codes.stream().map(this::label).toList());
    }
}
