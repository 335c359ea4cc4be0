package org.opora.core.ui.internal.structure;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.staff.OrderService;
import org.opora.core.api.staff.StaffService;
import org.opora.core.api.staff.StructureService;
import org.opora.core.kit.Labels;
import org.opora.platform.api.security.SecurityContext;

/**
 * The structure of the support service (000 §1.4, §4.1, §4.5): the head of service appointed by the director's
 * order, and the current members of each functional body, with their history. Those who manage the structure
 * appoint the head and change the members.
 */
public class ServiceView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** The services the panels call. */
    record Services(StructureService structure, StaffService staff, OrderService orders) {
    }

    public ServiceView(StructureService structure, StaffService staff, OrderService orders, ReferenceLists lists,
            SecurityContext security) {
        setId("service");
        setWidthFull();
        boolean manage = security.requireUser().has(CorePermissions.STRUCTURE_MANAGE);
        Services services = new Services(structure, staff, orders);
        Locale locale = UI.getCurrent().getLocale();
        add(new H2(getTranslation("core.ui.service.title")), new HeadPanel(services, manage));
        Labels bodies = Labels.of(lists, ReferenceList.BODIES, locale);
        Labels roles = Labels.of(lists, ReferenceList.BODY_ROLES, locale);
        if (bodies.items().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("core.ui.service.noBodies"));
            none.setId("service-no-bodies");
            add(none);
        }
        for (ListItem body : bodies.items()) {
            add(new BodyPanel(services, body, roles, structure.mayChangeMembers(body.code())));
        }
    }
}
