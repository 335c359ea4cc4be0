package org.opora.core.kit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** A question before an action that cannot simply be undone; its buttons carry ids for browser tests. */
public final class Confirm {

    private Confirm() {
    }

    /**
     * Opens the question; the action runs only when the user confirms.
     *
     * @param id the dialog's id; the buttons are {@code <id>-confirm} and {@code <id>-cancel}
     */
    public static ConfirmDialog ask(String id, String header, String text, String confirmText, Runnable action) {
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(header);
        dialog.setText(text);
        Button confirm = new Button(confirmText, e -> {
            dialog.close();
            action.run();
        });
        confirm.setId(id + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(ui.getTranslation("core.kit.common.cancel"), e -> dialog.close());
        cancel.setId(id + "-cancel");
        dialog.setConfirmButton(confirm);
        dialog.setCancelable(true);
        dialog.setCancelButton(cancel);
        dialog.open();
        return dialog;
    }
}
