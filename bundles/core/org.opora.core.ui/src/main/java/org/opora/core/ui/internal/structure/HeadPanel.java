package org.opora.core.ui.internal.structure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.api.staff.HeadAppointment;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.OrderPicker;

/** The head of the support service today, the order that appointed them, and the earlier heads. */
class HeadPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient ServiceView.Services services;
    private final Span head = new Span();
    private final Grid<HeadAppointment> history = Grids.grid("service-head-history-grid");

    HeadPanel(ServiceView.Services services, boolean manage) {
        this.services = services;
        setId("service-head-panel");
        setPadding(false);
        head.setId("service-head");
        add(new H3(getTranslation("core.ui.service.head")), head);
        if (manage) {
            Button appoint = Forms.primary("service-appoint-head", "core.ui.service.appointHead",
                    () -> new AppointHeadDialog(services, this::reload).open());
            appoint.setIcon(VaadinIcon.USER_CHECK.create());
            add(appoint);
        }
        Grids.column(history, HeadAppointment::staffName, "core.ui.person.fullName").setFlexGrow(2);
        Grids.column(history, a -> OrderPicker.reference(a.orderNumber(), a.orderDate()), "core.ui.service.order");
        Grids.column(history, a -> Dates.format(a.from()), "core.ui.service.from");
        Grids.column(history, a -> Dates.format(a.to()), "core.ui.service.to");
        history.setAllRowsVisible(true);
        Details details = new Details(getTranslation("core.ui.service.headHistory"), history);
        details.setId("service-head-history");
        details.setWidthFull();
        add(details);
        reload();
    }

    private void reload() {
        Failures.run(() -> {
            Optional<HeadAppointment> now = services.structure().headOfService(LocalDate.now());
            head.setText(now.map(a -> getTranslation("core.ui.service.headIs", a.staffName(),
                    OrderPicker.reference(a.orderNumber(), a.orderDate()), Dates.format(a.from())))
                    .orElse(getTranslation("core.ui.service.noHead")));
            List<HeadAppointment> all = services.structure().headHistory();
            history.setItems(all);
        });
    }
}
