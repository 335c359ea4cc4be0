package org.opora.teachersupport.ui.internal.page;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;

import org.opora.core.api.ListItem;
import org.opora.core.kit.Forms;
import org.opora.teachersupport.api.TeacherSupportSettings;

/** A choice among a list of the settings, keeping a code a record has that is no longer configured. */
final class Choices {

    private Choices() {
    }

    /**
     * @param items   the configured list
     * @param current the record's code, or {@code null}
     */
    static ComboBox<String> of(String id, String labelKey, List<ListItem> items, String current) {
        ComboBox<String> box = Forms.field(new ComboBox<>(), id, labelKey);
        List<String> codes = new ArrayList<>(items.stream().map(ListItem::code).toList());
        if (current != null && !current.isEmpty() && !codes.contains(current)) {
            codes.add(current);
        }
        box.setItems(codes);
        box.setItemLabelGenerator(c -> TeacherSupportSettings.label(items, c));
        if (current != null && !current.isEmpty()) {
            box.setValue(current);
        }
        box.setWidthFull();
        return box;
    }
}
