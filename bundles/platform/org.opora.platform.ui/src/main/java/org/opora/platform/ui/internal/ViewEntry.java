package org.opora.platform.ui.internal;

import java.util.Map;

import com.vaadin.flow.component.Component;

import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;

/**
 * A contributed view with its service properties.
 *
 * @param contribution the module's service
 * @param route        route relative to the root
 * @param titleKey     i18n key of the title
 * @param icon         Vaadin icon name
 * @param order        navigation position
 * @param permission   permission needed, empty for any signed-in user
 * @param group        i18n key of the navigation group, empty for the main list
 * @param navigation   whether it has a navigation entry
 */
public record ViewEntry(ViewContribution contribution, String route, String titleKey, String icon, int order,
        String permission, String group, boolean navigation) {

    static ViewEntry of(ViewContribution contribution, Map<String, Object> props) {
        String route = string(props, "route", "");
        if (route.startsWith("/")) {
            route = route.substring(1);
        }
        return new ViewEntry(contribution, route, string(props, "titleKey", route), string(props, "icon", "vaadin:file-o"),
                props.get(OporaView.PREFIX_ + "order") instanceof Number n ? n.intValue() : 500,
                string(props, "permission", ""), string(props, "group", ""),
                !"false".equals(String.valueOf(props.getOrDefault(OporaView.PREFIX_ + "navigation", "true"))));
    }

    public Class<? extends Component> viewType() {
        return contribution.viewType();
    }

    private static String string(Map<String, Object> props, String name, String fallback) {
        Object v = props.get(OporaView.PREFIX_ + name);
        return v == null ? fallback : v.toString().trim();
    }
}
