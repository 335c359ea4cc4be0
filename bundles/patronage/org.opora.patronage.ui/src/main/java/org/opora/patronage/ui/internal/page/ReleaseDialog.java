package org.opora.patronage.ui.internal.page;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import org.opora.core.api.staff.Order;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.OrderPicker;
import org.opora.patronage.api.team.Curator;
import org.opora.platform.ui.api.Notifications;

/**
 * Releases a serving curator by the director's order without a successor: the order from the register and the last
 * day of the term.
 */
class ReleaseDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final ComboBox<Order> order;
    private final DatePicker to = Dates.picker("patronage-release-to", "patronage.ui.curator.release.to");

    ReleaseDialog(CasePage page, Curator curator) {
        setId("patronage-release-dialog");
        setHeaderTitle(getTranslation("patronage.ui.curator.release.title", curator.name()));
        setWidth("40em");
        order = OrderPicker.create(page.services().orders(), "patronage-release-order",
                "patronage.ui.curator.orderPick");
        order.setWidthFull();
        order.setHelperText(getTranslation(page.settings().orderRequired() ? "patronage.ui.curator.order.required"
                : "patronage.ui.curator.order.optional"));
        to.setValue(LocalDate.now());
        add(new Paragraph(getTranslation("patronage.ui.curator.release.hint")), order, to);
        getFooter().add(Forms.button("patronage-release-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("patronage-release-save", "patronage.ui.curator.release", () -> {
                    Map<String, HasValidation> fields = Map.of("orderId", order, "to", to);
                    Failures.clear(fields);
                    if (page.settings().orderRequired() && order.getValue() == null || to.getValue() == null) {
                        Failures.required(to.getValue() == null ? to : order);
                        return;
                    }
                    Long orderId = order.getValue() == null ? null : order.getValue().id();
                    Failures.on(fields, () -> {
                        close();
                        page.reload().run();
                    }).run(() -> {
                        page.services().curators().release(curator.id(), curator.version(), orderId,
                                to.getValue());
                        Notifications.success(getTranslation("patronage.ui.curator.released"));
                        close();
                        page.reload().run();
                    });
                }));
    }
}
