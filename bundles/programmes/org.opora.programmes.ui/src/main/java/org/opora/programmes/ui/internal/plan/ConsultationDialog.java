package org.opora.programmes.ui.internal.plan;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.core.api.staff.StaffMember;
import org.opora.core.kit.Dates;
import org.opora.core.kit.DirectionField;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.StaffPicker;
import org.opora.platform.ui.api.Notifications;
import org.opora.programmes.api.plan.ConsultationDraft;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.ui.internal.common.Representatives;

/**
 * Records a consultation with a specialist of the school held with the parents (001 section 4.6): the day, the
 * specialist from the staff, the parent present (from the pupil card, or typed), the subject and summary, and the
 * service's direction of work (000 section 3), counselling unless another is chosen. The service checks every field
 * and refuses them all at once; each is marked with its message and nothing is stored.
 */
class ConsultationDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** The longest subject the service keeps. */
    static final int SUBJECT = 2000;
    private static final String COUNSELLING = "counselling";

    private final DatePicker date = Dates.picker("consultation-date", "programmes.ui.consultation.date");
    private final ComboBox<StaffMember> specialist;
    private final ComboBox<String> representative;
    private final TextArea subject = Forms.field(new TextArea(), "consultation-subject",
            "programmes.ui.consultation.subject");
    private final DirectionField direction;

    ConsultationDialog(PlanPage page) {
        setId("consultation-dialog");
        setHeaderTitle(getTranslation("programmes.ui.consultation.add"));
        setWidth("44em");
        IndividualPlan plan = page.plan();
        date.setValue(LocalDate.now());
        Dates.max(date, LocalDate.now());
        specialist = StaffPicker.create(page.services().staff(), "consultation-specialist",
                "programmes.ui.consultation.specialist");
        representative = Representatives.picker(page.services().pupils(), plan.pupilId(),
                "consultation-representative", "programmes.ui.consultation.representative");
        subject.setMaxLength(SUBJECT);
        subject.setWidthFull();
        subject.setMinHeight("6em");
        direction = new DirectionField(page.services().coreLists(), "consultation-direction", true);
        direction.setHelperText(getTranslation("programmes.ui.consultation.direction.help"));
        if (direction.getListDataView().contains(COUNSELLING)) {
            direction.setValue(COUNSELLING);
        }
        var form = Forms.form(date, specialist, representative, direction, subject);
        form.setColspan(subject, 2);
        add(new com.vaadin.flow.component.html.Paragraph(getTranslation("programmes.ui.consultation.hint")), form);
        getFooter().add(Forms.button("consultation-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("consultation-save", "core.kit.common.save", () -> save(page)));
    }

    private void save(PlanPage page) {
        Map<String, HasValidation> fields = Map.of("on", date, "specialistId", specialist, "representative",
                representative, "subject", subject, "workDirection", direction);
        Failures.clear(fields);
        ConsultationDraft draft = new ConsultationDraft(date.getValue(),
                specialist.getValue() == null ? null : specialist.getValue().id(),
                representative.getValue() == null ? "" : representative.getValue(), subject.getValue(),
                direction.code());
        IndividualPlan plan = page.plan();
        Failures.on(fields, () -> {
            close();
            page.reload().run();
        }).run(() -> {
            page.services().plans().addConsultation(plan.id(), plan.version(), draft);
            Notifications.success(getTranslation("programmes.ui.consultation.added"));
            close();
            page.reload().run();
        });
    }
}
