package org.opora.patronage.ui.internal.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.core.api.ListItem;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.patronage.api.PatronageSettings;

/**
 * The inputs of a case that are opened and corrected alike: the category of patronage (003 section 1.3: the
 * categories the school configured, the mandatory ones marked), the grounds and the day of opening.
 */
public final class CaseFields {

    private final ComboBox<String> category = new ComboBox<>();
    private final TextArea grounds = Forms.field(new TextArea(), "patronage-case-grounds",
            "patronage.ui.case.grounds");
    private final DatePicker opened = Dates.picker("patronage-case-opened", "patronage.ui.case.opened");

    /**
     * @param settings the school's categories
     * @param current  the category of the case being corrected (kept choosable if no longer configured), or
     *                 {@code null}
     */
    public CaseFields(PatronageSettings settings, String current) {
        Forms.field(category, "patronage-case-category", "patronage.ui.case.category");
        List<String> codes = new ArrayList<>(settings.categories().stream().map(ListItem::code).toList());
        if (current != null && !current.isEmpty() && !codes.contains(current)) {
            codes.add(current);
        }
        category.setItems(codes);
        category.setItemLabelGenerator(code -> settings.mandatory().contains(code)
                ? category.getTranslation("patronage.ui.case.mandatoryCategory", settings.categoryLabel(code))
                : settings.categoryLabel(code));
        category.setWidthFull();
        grounds.setWidthFull();
        grounds.setHelperText(grounds.getTranslation("patronage.ui.case.grounds.help"));
        Dates.max(opened, LocalDate.now());
        opened.setValue(LocalDate.now());
    }

    public ComboBox<String> category() {
        return category;
    }

    public TextArea grounds() {
        return grounds;
    }

    public DatePicker opened() {
        return opened;
    }

    /** The inputs by the field names the service uses. */
    public Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("category", category);
        m.put("grounds", grounds);
        m.put("openedOn", opened);
        return m;
    }

    /** Marks every required input left empty at once; {@code false} when one was. */
    public boolean complete() {
        // every empty required input at once
        List<HasValidation> missing = new ArrayList<>();
        if (category.getValue() == null) {
            missing.add(category);
        }
        if (grounds.getValue().isBlank()) {
            missing.add(grounds);
        }
        if (opened.getValue() == null) {
            missing.add(opened);
        }
        if (!missing.isEmpty()) {
            missing.forEach(Failures::required);
            return false;
        }
        return true;
    }
}
