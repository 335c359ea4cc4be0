package org.opora.platform.admin.internal.users;

import com.vaadin.flow.component.html.Span;

/**
 * The error line of a dialog. The account service reports invalid input as {@link IllegalArgumentException} whose
 * message is an i18n key ({@code security.error.*}); it is shown translated.
 */
final class Errors extends Span {

    private static final long serialVersionUID = 1L;

    Errors(String id) {
        setId(id);
        getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        setVisible(false);
    }

    void show(String text) {
        setText(text);
        setVisible(true);
    }

    /** Shows the service's message key translated. */
    void showKey(String key) {
        show(getTranslation(key == null ? "admin.common.error" : key));
    }

    void clear() {
        setText("");
        setVisible(false);
    }
}
