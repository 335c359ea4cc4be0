package org.opora.platform.admin.internal.settings;

import java.io.Serializable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * A form field for one attribute: its component, its content as text (what {@link SettingValues#parse} reads) and
 * whether the browser holds input the component could not read (e.g. "1-2" in a number field).
 */
public final class SettingInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SettingField field;
    private final Component component;
    private final SerializableSupplier<String> text;
    private final SerializableSupplier<Boolean> badInput;
    private final SerializableSupplier<String> ownError;

    SettingInput(SettingField field, Component component, SerializableSupplier<String> text,
            SerializableSupplier<Boolean> badInput) {
        this(field, component, text, badInput, () -> null);
    }

    SettingInput(SettingField field, Component component, SerializableSupplier<String> text,
            SerializableSupplier<Boolean> badInput, SerializableSupplier<String> ownError) {
        this.ownError = ownError;
        this.field = field;
        this.component = component;
        this.text = text;
        this.badInput = badInput;
    }

    public SettingField field() {
        return field;
    }

    public Component component() {
        return component;
    }

    public String text() {
        return text.get();
    }

    public boolean badInput() {
        return badInput.get();
    }

    /** The i18n key of what the field itself finds wrong (a coded list without rows), or null. */
    public String ownError() {
        return ownError.get();
    }

    /** Shows the error on the field; null clears it. */
    public void showError(String message) {
        if (component instanceof HasValidation v) {
            v.setErrorMessage(message);
            v.setInvalid(message != null);
        }
    }
}
