package org.opora.core.kit;

import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;

import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;

/**
 * The choice of a direction of work (000 §3) every activity carries: a combo box of the core's list as the school
 * titled it, its value the code. A code no longer configured (an old record's) stays shown by its code. The service
 * checks the code again ({@code org.opora.core.support.WorkDirections}).
 *
 * @since 1.4
 */
public final class DirectionField extends ComboBox<String> {

    private static final long serialVersionUID = 1L;

    private final Labels labels;

    /**
     * @param id       the component id
     * @param required whether a direction must be chosen (a piece of work)
     */
    public DirectionField(ReferenceLists lists, String id, boolean required) {
        Locale locale = UI.getCurrent().getLocale();
        this.labels = Labels.of(lists, ReferenceList.DIRECTIONS, locale);
        Forms.field(this, id, "core.kit.direction");
        setItems(labels.codes());
        setItemLabelGenerator(labels::label);
        setRequiredIndicatorVisible(required);
        setClearButtonVisible(!required);
        setHelperText(UI.getCurrent().getTranslation("core.kit.direction.help"));
    }

    /** Sets the code; an empty or {@code null} code clears the field. */
    public void setCode(String code) {
        if (code == null || code.isEmpty()) {
            clear();
        } else {
            if (!labels.codes().contains(code)) {
                setItems(Stream.concat(labels.codes().stream(), Stream.of(code)).toList());
            }
            setValue(code);
        }
    }

    /** The chosen code, empty for none. */
    public String code() {
        return getValue() == null ? "" : getValue();
    }

    /** The label of a code as the school titled it; "not specified" for none. */
    public static String label(Labels labels, String code) {
        return code == null || code.isEmpty() ? UI.getCurrent().getTranslation("core.kit.direction.none")
                : labels.label(code);
    }
}
