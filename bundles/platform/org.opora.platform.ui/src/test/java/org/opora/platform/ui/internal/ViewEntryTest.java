package org.opora.platform.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import org.junit.jupiter.api.Test;
import org.opora.platform.ui.api.ViewContribution;

class ViewEntryTest {

    private static final ViewContribution VIEW = new ViewContribution() {
        @Override
        public Class<? extends Component> viewType() {
            return Div.class;
        }

        @Override
        public Component createView() {
            return new Div();
        }
    };

    @Test
    void readsTheOporaViewPropertiesAndDefaults() {
        ViewEntry e = ViewEntry.of(VIEW, Map.of("opora.view.route", "/admin/users", "opora.view.titleKey", "t",
                "opora.view.order", 910, "opora.view.permission", "platform.admin.users",
                "opora.view.group", "platform.nav.admin"));
        assertEquals("admin/users", e.route());
        assertEquals(910, e.order());
        assertEquals("platform.admin.users", e.permission());
        assertEquals("platform.nav.admin", e.group());
        assertTrue(e.navigation());

        ViewEntry bare = ViewEntry.of(VIEW, Map.of("opora.view.route", "x", "opora.view.navigation", false));
        assertEquals(500, bare.order());
        assertEquals("", bare.permission());
        assertEquals("x", bare.titleKey());
        assertFalse(bare.navigation());
    }

    @Test
    void registryRefusesASecondViewOnTheSameRoute() {
        ViewRegistry registry = new ViewRegistry();
        registry.addView(VIEW, Map.of("opora.view.route", "pupils"));
        ViewContribution other = new ViewContribution() {
            @Override
            public Class<? extends Component> viewType() {
                return Div.class;
            }

            @Override
            public Component createView() {
                return new Div();
            }
        };
        registry.addView(other, Map.of("opora.view.route", "pupils"));
        assertEquals(1, registry.all().size());
        registry.removeView(VIEW);
        assertTrue(registry.all().isEmpty());
    }
}
