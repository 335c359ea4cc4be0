package org.opora.core.ui.internal.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.HeadAppointment;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.Labels;
import org.opora.platform.api.security.OporaUser;

/**
 * The staff card's own tab: the person's data as in the staff list, whether they head the support service, and the
 * bodies of the service they belong to today with their role and the appointing order. Those who manage staff
 * change the data here too.
 */
class StaffMainTab extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    StaffMainTab(StaffCardView.Services services, StaffMember member, Labels types, OporaUser user,
            Runnable reload) {
        setId("staff-card-main");
        setPadding(false);
        add(Forms.form(
                shown("staff-card-position", "core.ui.staff.position", member.position()),
                shown("staff-card-types", "core.ui.staff.types", types.labels(member.specialistTypes())),
                shown("staff-card-phone", "core.ui.common.phone", member.phone()),
                shown("staff-card-email", "core.ui.common.email", member.email()),
                shown("staff-card-username", "core.ui.staff.username", member.username()),
                shown("staff-card-status", "core.ui.staff.status", getTranslation(member.active()
                        ? "core.ui.staff.card.active" : "core.ui.staff.card.inactive"))));
        if (user.has(CorePermissions.STAFF_MANAGE)) {
            add(Forms.button("staff-card-edit", "core.ui.common.edit",
                    () -> new StaffDialog(services.staff(), types, member, reload).open()));
        }
        LocalDate today = LocalDate.now();
        add(new H3(getTranslation("core.ui.staff.card.bodies")));
        Failures.read(() -> services.structure().headOfService(today), Optional.<HeadAppointment>empty())
                .filter(h -> h.staffId() == member.id()).ifPresent(h -> {
                    Paragraph head = new Paragraph(getTranslation("core.ui.staff.card.head", Dates.format(h.from()),
                            h.orderNumber(), Dates.format(h.orderDate())));
                    head.setId("staff-card-head");
                    add(head);
                });
        List<BodyMember> bodies = Failures.read(() -> services.structure().membershipsOf(member.id(), today),
                List.of());
        if (bodies.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("core.ui.staff.card.noBodies"));
            none.setId("staff-card-no-bodies");
            add(none);
        } else {
            add(bodies(bodies, services));
        }
    }

    private TextField shown(String id, String labelKey, String value) {
        TextField field = Forms.field(new TextField(), id, labelKey);
        field.setValue(value == null || value.isBlank() ? "—" : value);
        field.setReadOnly(true);
        return field;
    }

    private Grid<BodyMember> bodies(List<BodyMember> memberships, StaffCardView.Services services) {
        var locale = getLocale();
        Labels bodyLabels = Labels.of(services.lists(), ReferenceList.BODIES, locale);
        Labels roleLabels = Labels.of(services.lists(), ReferenceList.BODY_ROLES, locale);
        Grid<BodyMember> grid = Grids.grid("staff-card-bodies");
        Grids.column(grid, m -> bodyLabels.label(m.body()), "core.ui.staff.card.body").setFlexGrow(2);
        Grids.column(grid, m -> roleLabels.label(m.role()), "core.ui.service.role");
        Grids.column(grid, m -> Dates.format(m.from()), "core.ui.service.from");
        Grids.column(grid, m -> m.orderId() == null ? "—"
                : getTranslation("core.ui.staff.card.order", m.orderNumber(), Dates.format(m.orderDate())),
                "core.ui.service.order");
        grid.setItems(memberships);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
