package org.opora.platform.ui.internal.view;

import com.vaadin.flow.component.icon.Icon;

/** Icons named {@code collection:name}, as contributions give them. */
final class Icons {

    private Icons() {
    }

    static Icon of(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? new Icon("vaadin", name) : new Icon(name.substring(0, colon), name.substring(colon + 1));
    }
}
