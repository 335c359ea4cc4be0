package org.opora.platform.ui.internal.vaadin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLayout;

/**
 * A route of the host itself (home, sign-in).
 *
 * @param path   route path
 * @param view   view class
 * @param layout parent layout, or null for a bare page
 */
public record HostRoute(String path, Class<? extends Component> view, Class<? extends RouterLayout> layout) {
}
