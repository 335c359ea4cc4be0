package org.opora.programmes.ui.internal.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.opora.core.api.ListItem;
import org.opora.programmes.api.ProgrammeSettings;

/**
 * One of the school's configured lists (risk categories, directions of help, whom an activity addresses, kinds of a
 * parent's choice) as an input offers it: the codes in the configured order and their labels in the user's
 * language, from {@link org.opora.programmes.api.ProgrammeSettingsService}. A code the school no longer configures
 * shows itself, so records written under an earlier configuration stay readable and editable.
 *
 * @param items the configured items, labelled for the user's language
 */
public record ConfiguredList(List<ListItem> items) {

    public ConfiguredList {
        items = List.copyOf(items);
    }

    /** The codes offered, in the configured order. */
    public List<String> codes() {
        return items.stream().map(ListItem::code).toList();
    }

    /** The codes offered and, at the end, the record's own code when the list no longer has it. */
    public List<String> codesWith(String code) {
        List<String> codes = new ArrayList<>(codes());
        if (code != null && !code.isEmpty() && !codes.contains(code)) {
            codes.add(code);
        }
        return codes;
    }

    /** The label of the code; the code itself when it is not configured; empty for none. */
    public String label(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        return ProgrammeSettings.label(items, code);
    }

    /** The labels of the codes, separated by commas. */
    public String labels(List<String> codes) {
        return String.join(", ", codes.stream().map(this::label).toList());
    }

    /** The given codes in the configured order, unknown codes last in their own order. */
    public List<String> inOrder(Collection<String> chosen) {
        List<String> ordered = new ArrayList<>(codes().stream().filter(chosen::contains).toList());
        chosen.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        return ordered;
    }
}
