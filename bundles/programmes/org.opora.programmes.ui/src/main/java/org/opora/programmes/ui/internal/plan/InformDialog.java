package org.opora.programmes.ui.internal.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanService;
import org.opora.programmes.ui.internal.common.Representatives;
import org.opora.platform.ui.api.Notifications;

/**
 * Records that the parents were informed of the possibility of support by an individual plan (001 section 4.1): the
 * day and the parent (legal representative) informed, from the pupil card or typed. This opens the pupil's plan,
 * which is drafted on its page if the parents wish it (section 4.2).
 */
class InformDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final DatePicker date = Dates.picker("plan-inform-date", "programmes.ui.iplan.inform.date");
    private final ComboBox<String> representative;

    /** @param open opens the plan's page once the informing is recorded */
    InformDialog(IndividualPlanService plans, PupilService pupils, Pupil pupil, LongConsumer open) {
        setId("plan-inform-dialog");
        setHeaderTitle(getTranslation("programmes.ui.iplan.inform.title"));
        setWidth("40em");
        date.setValue(LocalDate.now());
        Dates.max(date, LocalDate.now());
        representative = Representatives.picker(pupils, pupil.id(), "plan-inform-representative",
                "programmes.ui.iplan.inform.representative");
        Paragraph hint = new Paragraph(getTranslation("programmes.ui.iplan.inform.hint", pupil.name().full()));
        hint.setId("plan-inform-hint");
        add(hint, date, representative);
        getFooter().add(Forms.button("plan-inform-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("plan-inform-save", "programmes.ui.iplan.inform.save", () -> save(plans, pupil, open)));
    }

    private void save(IndividualPlanService plans, Pupil pupil, LongConsumer open) {
        Map<String, HasValidation> fields = Map.of("on", date, "representative", representative, "pupilId",
                representative);
        Failures.clear(fields);
        HasValidation missing = date.getValue() == null ? date
                : Representatives.blank(representative) ? representative : null;
        if (missing != null) {
            Failures.required(missing);
            return;
        }
        Failures.on(fields).run(() -> {
            IndividualPlan plan = plans.informParents(pupil.id(), date.getValue(), representative.getValue().strip());
            Notifications.success(getTranslation("programmes.ui.iplan.informed"));
            close();
            open.accept(plan.id());
        });
    }
}
