package org.opora.teachersupport.ui.internal.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;
import org.opora.teachersupport.api.route.Route;
import org.opora.teachersupport.api.route.RouteDraft;
import org.opora.teachersupport.api.route.RouteFocus;
import org.opora.teachersupport.api.route.RoutePlace;
import org.opora.teachersupport.ui.internal.common.SupportTexts;

/**
 * Draws up the individual professional route, or corrects it (regulation 004, 3.1): the theoretical or practical
 * dominant, inside or outside the school, what it rests on (the teacher's experience, requests and interests, level
 * of competence, achievements, strengths and weaknesses) and its period.
 */
class RouteDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient RecordPage page;
    private final RadioButtonGroup<RouteFocus> focus = new RadioButtonGroup<>();
    private final RadioButtonGroup<RoutePlace> place = new RadioButtonGroup<>();
    private final TextArea basis = Forms.field(new TextArea(), "ts-route-basis-input", "teachersupport.ui.route.basis");
    private final DatePicker from = Dates.picker("ts-route-from", "teachersupport.ui.route.from");
    private final DatePicker to = Dates.picker("ts-route-to", "teachersupport.ui.route.to");

    /** @param route the route to correct, or {@code null} to draw it up */
    RouteDialog(RecordPage page, Route route) {
        this.page = page;
        setId("ts-route-dialog");
        setHeaderTitle(getTranslation(route == null ? "teachersupport.ui.route.draw" : "teachersupport.ui.route.edit"));
        setWidth("44em");
        Forms.field(focus, "ts-route-focus-input", "teachersupport.ui.route.focus");
        focus.setItems(RouteFocus.values());
        focus.setItemLabelGenerator(f -> SupportTexts.label(SupportTexts.FOCUS, f));
        Forms.field(place, "ts-route-place-input", "teachersupport.ui.route.place");
        place.setItems(RoutePlace.values());
        place.setItemLabelGenerator(p -> SupportTexts.label(SupportTexts.PLACE, p));
        basis.setHelperText(getTranslation("teachersupport.ui.route.basis.help"));
        basis.setWidthFull();
        Dates.min(from, page.record().decidedOn());
        if (route == null) {
            from.setValue(page.record().decidedOn());
        } else {
            focus.setValue(route.focus());
            place.setValue(route.place());
            basis.setValue(route.basis());
            from.setValue(route.from());
            to.setValue(route.to());
        }
        FormLayout form = Forms.form(focus, place, basis, from, to);
        form.setColspan(basis, 2);
        add(form);
        getFooter().add(Forms.button("ts-route-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("ts-route-save", "core.kit.common.save", this::save));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("focus", focus);
        m.put("place", place);
        m.put("basis", basis);
        m.put("from", from);
        m.put("to", to);
        return m;
    }

    private void save() {
        Failures.clear(fields());
        // every empty required input at once
        List<HasValidation> missing = new ArrayList<>();
        if (focus.getValue() == null) {
            missing.add(focus);
        }
        if (place.getValue() == null) {
            missing.add(place);
        }
        if (basis.getValue().isBlank()) {
            missing.add(basis);
        }
        if (from.getValue() == null) {
            missing.add(from);
        }
        if (to.getValue() == null) {
            missing.add(to);
        }
        if (!missing.isEmpty()) {
            missing.forEach(Failures::required);
            return;
        }
        RouteDraft draft = new RouteDraft(focus.getValue(), place.getValue(), basis.getValue(), from.getValue(),
                to.getValue());
        Failures.on(fields(), () -> {
            close();
            page.reload().run();
        }).run(() -> {
            page.services().route().saveRoute(page.id(), page.record().version(), draft);
            Notifications.success(getTranslation("teachersupport.ui.route.saved"));
            close();
            page.reload().run();
        });
    }
}
