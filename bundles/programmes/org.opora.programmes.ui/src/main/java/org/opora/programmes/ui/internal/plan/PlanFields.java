package org.opora.programmes.ui.internal.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.pupil.FlagPeriod;
import org.opora.core.api.pupil.PupilCard;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.OrderPicker;
import org.opora.core.kit.StaffPicker;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanDraft;
import org.opora.programmes.ui.internal.common.ConfiguredList;

/**
 * The inputs of an individual plan (ids {@code plan-<field>}): the basis among the pupil's statuses, the period, the
 * coordinator with the order appointing them (001 sections 8.2, 8.3.1), the weekly hours of the curriculum, the parents' choices with the total load kept in sight, and the
 * approval deadline with the order that set it (001 section 4.9). Filled from the plan and read back as a draft;
 * the service's objections are mapped to the inputs by the names the service and its rules use.
 */
class PlanFields {

    final Select<String> basis = new Select<>();
    final DatePicker start = Dates.picker("plan-start", "programmes.ui.iplan.start");
    final DatePicker end = Dates.picker("plan-end", "programmes.ui.iplan.end");
    final ComboBox<StaffMember> coordinator;
    final IntegerField curriculumHours = Forms.field(new IntegerField(), "plan-curriculum-hours",
            "programmes.ui.iplan.curriculumHours");
    final IntegerField total = Forms.field(new IntegerField(), "plan-total-hours", "programmes.ui.iplan.total");
    final ChoiceList choices;
    final DatePicker deadline = Dates.picker("plan-deadline", "programmes.ui.iplan.deadline");
    final ComboBox<Order> deadlineOrder;
    /** The order appointing the coordinator (001 sections 8.2, 8.3.1), from the same register. */
    final ComboBox<Order> coordinatorOrder;
    private final long pupilId;
    /** The maximum weekly load of the pupil's grade, or {@code null} when the school set none. */
    private final Integer maxHours;

    PlanFields(PlanPage page) {
        IndividualPlan p = page.plan();
        PlanView.Services services = page.services();
        this.pupilId = p.pupilId();
        OptionalInt max = page.lists().settings().maxWeeklyHours(p.grade());
        this.maxHours = max.isPresent() ? max.getAsInt() : null;
        this.coordinator = StaffPicker.create(services.staff(), "plan-coordinator", "programmes.ui.iplan.coordinator");
        this.deadlineOrder = OrderPicker.create(services.orders(), "plan-deadline-order",
                "programmes.ui.iplan.deadlineOrder");
        this.coordinatorOrder = OrderPicker.create(services.orders(), "plan-coordinator-order",
                "programmes.ui.iplan.coordinatorOrder");
        coordinatorOrder.setHelperText(getTranslation("programmes.ui.iplan.coordinatorOrder.help"));
        this.choices = new ChoiceList(p.choices(), page.lists().planChoiceKinds(), this::sum);
        Forms.field(basis, "plan-basis", "programmes.ui.iplan.basis");
        ConfiguredList statuses = statuses(page);
        basis.setItems(statuses.codesWith(p.basis()));
        basis.setItemLabelGenerator(statuses::label);
        basis.setHelperText(getTranslation("programmes.ui.iplan.basis.help"));
        coordinator.setHelperText(getTranslation("programmes.ui.iplan.coordinator.help"));
        curriculumHours.setMin(0);
        curriculumHours.setStepButtonsVisible(true);
        curriculumHours.setValueChangeMode(ValueChangeMode.EAGER);
        curriculumHours.addValueChangeListener(e -> sum());
        total.setReadOnly(true);
        total.setHelperText(maxHours == null ? getTranslation("programmes.ui.iplan.total.help")
                : getTranslation("programmes.ui.iplan.total.max", maxHours, p.grade()));
        deadline.setHelperText(getTranslation("programmes.ui.iplan.deadline.help"));
        fill(p, page);
    }

    private void fill(IndividualPlan p, PlanPage page) {
        if (p.basis() != null && !p.basis().isEmpty()) {
            basis.setValue(p.basis());
        } else if (basis.getListDataView().getItemCount() == 1) {
            basis.setValue(basis.getListDataView().getItem(0));
        }
        start.setValue(p.start());
        end.setValue(p.end());
        curriculumHours.setValue(page.drafted() ? p.curriculumHours() : null);
        deadline.setValue(p.deadline());
        StaffPicker.select(coordinator, page.services().staff(), p.coordinatorId());
        if (p.coordinatorOrderId() != null) {
            coordinatorOrder.setValue(Failures.read(() -> page.services().orders().get(p.coordinatorOrderId()),
                    null));
        }
        if (p.deadlineOrderId() != null) {
            deadlineOrder.setValue(Failures.read(() -> page.services().orders().get(p.deadlineOrderId()), null));
        }
        sum();
    }

    /**
     * The statuses a plan may be based on: the pupil's flags active today, or every flag of the school's list when
     * the user may not see the pupil's flags; labelled as the core labels them.
     */
    private static ConfiguredList statuses(PlanPage page) {
        PlanView.Services s = page.services();
        Locale locale = UI.getCurrent().getLocale();
        List<ListItem> all = Failures.read(() -> s.coreLists().items(ReferenceList.PUPIL_FLAGS, locale),
                List.<ListItem>of());
        PupilCard card = Failures.read(() -> s.pupils().card(page.plan().pupilId()), null);
        List<String> active = card == null ? List.of()
                : card.activeFlags(LocalDate.now()).stream().map(FlagPeriod::flag).distinct().toList();
        if (active.isEmpty()) {
            return new ConfiguredList(all);
        }
        return new ConfiguredList(active.stream().map(code -> new ListItem(code, all.stream()
                .filter(i -> i.code().equals(code)).map(ListItem::label).findFirst().orElse(code))).toList());
    }

    /** Shows the total weekly load: the curriculum and the hours the choices add. */
    private void sum() {
        if (total == null || choices == null) {
            return;
        }
        int sum = (curriculumHours.getValue() == null ? 0 : curriculumHours.getValue()) + choices.addedHours();
        total.setValue(sum);
        boolean over = maxHours != null && sum > maxHours;
        total.setErrorMessage(over ? getTranslation("programmes.ui.iplan.total.over", sum, maxHours) : null);
        total.setInvalid(over);
    }

    /** Inputs by the names the service and its rules use. */
    Map<String, HasValidation> byField() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("pupilId", basis);
        m.put("basis", basis);
        m.put("start", start);
        m.put("startDate", start);
        m.put("end", end);
        m.put("endDate", end);
        m.put("coordinatorId", coordinator);
        m.put("coordinatorOrderId", coordinatorOrder);
        m.put("curriculumHours", curriculumHours);
        m.put("choices", choices);
        m.put("addedHours", total);
        m.put("deadline", deadline);
        m.put("deadlineOrderId", deadlineOrder);
        return m;
    }

    /** The first input the draft cannot do without that is empty, or {@code null}. */
    HasValidation missing() {
        if (basis.getValue() == null) {
            return basis;
        }
        if (start.getValue() == null) {
            return start;
        }
        if (end.getValue() == null) {
            return end;
        }
        return curriculumHours.getValue() == null ? curriculumHours : null;
    }

    /** What the inputs say, as the service takes it. */
    IndividualPlanDraft draft() {
        return new IndividualPlanDraft(pupilId, basis.getValue(), choices.choices(),
                curriculumHours.getValue() == null ? 0 : curriculumHours.getValue(), start.getValue(), end.getValue(),
                coordinator.getValue() == null ? null : coordinator.getValue().id(), deadline.getValue(),
                deadlineOrder.getValue() == null ? null : deadlineOrder.getValue().id(),
                coordinator.getValue() == null || coordinatorOrder.getValue() == null ? null
                        : coordinatorOrder.getValue().id());
    }

    void clear() {
        Failures.clear(byField());
    }

    private static String getTranslation(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
