package org.opora.programmes.ui.internal.plan;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.api.staff.Order;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.OrderPicker;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanDraft;
import org.opora.platform.ui.api.Notifications;

/**
 * Writes an individual plan: drafts the plan the informing of the parents opened (001 section 4.2), saves it while
 * it is open (before approval, or after the parents refused), or changes the approved plan with the coordinator's
 * agreement and the order that fixes the change (section 4.11). The service checks the pupil's status, the period,
 * the choices and the load within the maximum, and its objections appear on the inputs.
 */
class PlanForm extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** What saving does. */
    enum Mode {
        /** Draft the plan opened by informing the parents. */
        CREATE,
        /** Save the open plan in place. */
        EDIT,
        /** Change the approved plan by order. */
        CHANGE
    }

    private final transient PlanPage page;
    private final PlanFields fields;
    private final ComboBox<Order> changeOrder;

    PlanForm(PlanPage page, Mode mode) {
        this.page = page;
        this.fields = new PlanFields(page);
        this.changeOrder = OrderPicker.create(page.services().orders(), "plan-change-order",
                "programmes.ui.iplan.change.order");
        setId("plan-form");
        setPadding(false);
        add(Forms.form(fields.basis, fields.start, fields.end, fields.coordinator, fields.coordinatorOrder), new H4(getTranslation(
                "programmes.ui.plan.choices")), fields.choices, Forms.form(fields.curriculumHours, fields.total),
                new H4(getTranslation("programmes.ui.iplan.deadlineSection")), Forms.form(fields.deadline,
                        fields.deadlineOrder));
        add(switch (mode) {
            case CREATE -> Forms.primary("plan-create", "programmes.ui.iplan.create", this::create);
            case EDIT -> Forms.primary("plan-save", "core.kit.common.save", this::save);
            case CHANGE -> changeControls();
        });
    }

    private Component changeControls() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        Paragraph hint = new Paragraph(getTranslation("programmes.ui.iplan.change.hint"));
        hint.setId("plan-change-hint");
        changeOrder.setWidth("40em");
        changeOrder.setRequiredIndicatorVisible(page.lists().settings().orderRequiredForPlanChanges());
        box.add(hint, changeOrder, Forms.primary("plan-change-save", "programmes.ui.iplan.change.save",
                this::change));
        return box;
    }

    private void create() {
        submit(d -> page.services().plans().create(d), "programmes.ui.iplan.created", fields.byField());
    }

    private void save() {
        IndividualPlan p = page.plan();
        submit(d -> page.services().plans().update(p.id(), p.version(), d), "programmes.ui.iplan.saved",
                fields.byField());
    }

    private void change() {
        IndividualPlan p = page.plan();
        Map<String, HasValidation> byField = fields.byField();
        byField.put("orderId", changeOrder);
        changeOrder.setInvalid(false);
        Long orderId = changeOrder.getValue() == null ? null : changeOrder.getValue().id();
        submit(d -> page.services().plans().change(p.id(), p.version(), d, orderId), "programmes.ui.iplan.changed",
                byField);
    }

    /** Sends the draft when nothing required is missing; the page is read afresh after it is saved. */
    private void submit(Consumer<IndividualPlanDraft> call, String doneKey,
            Map<String, HasValidation> byField) {
        fields.clear();
        HasValidation missing = fields.missing();
        if (missing != null) {
            Failures.required(missing);
            return;
        }
        Failures.on(byField, page.reload()).run(() -> {
            call.accept(fields.draft());
            Notifications.success(getTranslation(doneKey));
            page.reload().run();
        });
    }
}
