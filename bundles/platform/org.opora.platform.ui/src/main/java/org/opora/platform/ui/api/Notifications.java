package org.opora.platform.ui.api;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Success and error messages, shown the same way in every module's views. */
public final class Notifications {

    private static final int SUCCESS_MS = 4000;
    private static final int ERROR_MS = 8000;

    private Notifications() {
    }

    /** A short confirmation that something was done. */
    public static Notification success(String text) {
        Notification n = Notification.show(text, SUCCESS_MS, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    /** A failure the user has to notice; stays a little longer. */
    public static Notification error(String text) {
        Notification n = Notification.show(text, ERROR_MS, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }
}
