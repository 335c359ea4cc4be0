package org.opora.programmes.ui.internal.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;
import org.opora.programmes.api.plan.Acquaintance;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.ui.internal.common.Representatives;

/**
 * Records the parents' acquaintance while the plan is drawn up (001 section 4.3): the day, the parent (from the
 * pupil card, or typed) and what they were acquainted with — the main educational programme, the proposed
 * curriculum, the procedure of drawing up the plan and the conditions of carrying it out. The plan is discussed
 * with them (4.5) only once all three are recorded; the service says so.
 */
class AcquaintanceDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    static final String PROGRAMME = "programme";
    static final String CURRICULUM = "curriculum";
    static final String PROCEDURE = "procedure";

    private final DatePicker date = Dates.picker("acquaintance-date", "programmes.ui.acquaintance.date");
    private final ComboBox<String> representative;
    private final CheckboxGroup<String> items = Forms.field(new CheckboxGroup<>(), "acquaintance-items",
            "programmes.ui.acquaintance.items");

    AcquaintanceDialog(PlanPage page) {
        setId("acquaintance-dialog");
        setHeaderTitle(getTranslation("programmes.ui.acquaintance.title"));
        setWidth("44em");
        IndividualPlan plan = page.plan();
        Acquaintance before = plan.acquaintance();
        date.setValue(before == null ? LocalDate.now() : before.on());
        Dates.max(date, LocalDate.now());
        representative = Representatives.picker(page.services().pupils(), plan.pupilId(),
                "acquaintance-representative", "programmes.ui.consent.representative");
        items.setItems(List.of(PROGRAMME, CURRICULUM, PROCEDURE));
        items.setItemLabelGenerator(i -> getTranslation("programmes.ui.acquaintance." + i));
        items.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        items.setValue(before == null ? Set.of(PROGRAMME, CURRICULUM, PROCEDURE) : ticked(before));
        add(Forms.form(date, representative), items);
        getFooter().add(Forms.button("acquaintance-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("acquaintance-save", "core.kit.common.save", () -> save(page)));
    }

    private static Set<String> ticked(Acquaintance a) {
        Set<String> ticked = new java.util.HashSet<>();
        if (a.programme()) {
            ticked.add(PROGRAMME);
        }
        if (a.curriculum()) {
            ticked.add(CURRICULUM);
        }
        if (a.procedure()) {
            ticked.add(PROCEDURE);
        }
        return ticked;
    }

    private void save(PlanPage page) {
        Map<String, HasValidation> fields = Map.of("acquaintanceOn", date, "acquaintanceBy", representative,
                "acquaintance", items);
        Failures.clear(fields);
        HasValidation missing = date.getValue() == null ? date
                : Representatives.blank(representative) ? representative : null;
        if (missing != null) {
            Failures.required(missing);
            return;
        }
        Set<String> chosen = items.getValue();
        Acquaintance a = new Acquaintance(date.getValue(), representative.getValue().strip(),
                chosen.contains(PROGRAMME), chosen.contains(CURRICULUM), chosen.contains(PROCEDURE), "");
        IndividualPlan plan = page.plan();
        Failures.on(fields, () -> {
            close();
            page.reload().run();
        }).run(() -> {
            page.services().plans().recordAcquaintance(plan.id(), plan.version(), a);
            Notifications.success(getTranslation("programmes.ui.lifecycle.recorded"));
            close();
            page.reload().run();
        });
    }
}
