package org.opora.core.ui.internal.agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.api.ReferenceLists;
import org.opora.core.api.agency.Agency;
import org.opora.core.api.agency.AgencyService;
import org.opora.core.api.agency.Interaction;
import org.opora.core.api.agency.InteractionDraft;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.kit.Dates;
import org.opora.core.kit.DirectionField;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;

/**
 * Records an interaction with an agency or corrects one: the day, the agency, the direction of work, the pupil it
 * concerned (searched by name as the user types), subject, outcome, and the next step with its due date.
 */
class InteractionDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient AgencyService agencies;
    private final transient Runnable onSaved;
    private final Interaction existing;
    private final ComboBox<Agency> agency = Forms.field(new ComboBox<>(), "interaction-agency",
            "core.ui.interactions.agency");
    private final ComboBox<Pupil> pupil = Forms.field(new ComboBox<>(), "interaction-pupil",
            "core.ui.interactions.pupilOptional");
    private final DatePicker date = Dates.picker("interaction-date", "core.ui.interactions.date");
    private final TextField subject = Forms.field(new TextField(), "interaction-subject",
            "core.ui.interactions.subject");
    private final TextArea outcome = Forms.field(new TextArea(), "interaction-outcome", "core.ui.interactions.outcome");
    private final TextField nextStep = Forms.field(new TextField(), "interaction-next-step",
            "core.ui.interactions.nextStep");
    private final DatePicker due = Dates.picker("interaction-due", "core.ui.interactions.due");
    private final DirectionField direction;
    private final boolean pupilsReadable;

    /**
     * @param pupils   the pupil service, or {@code null} when the user may not read pupils (the pupil stays as it was)
     * @param existing the interaction to correct, or {@code null} to record one
     */
    InteractionDialog(AgencyService agencies, PupilService pupils, ReferenceLists lists, List<Agency> known,
            Interaction existing, Runnable onSaved) {
        this.agencies = agencies;
        this.direction = new DirectionField(lists, "interaction-direction", true);
        this.existing = existing;
        this.onSaved = onSaved;
        this.pupilsReadable = pupils != null;
        setId("interaction-dialog");
        setHeaderTitle(getTranslation(existing == null ? "core.ui.interactions.add" : "core.ui.interactions.edit"));
        setWidth("48em");
        List<Agency> choices = new ArrayList<>(known);
        if (existing != null && choices.stream().noneMatch(a -> a.id() == existing.agencyId())) {
            // an agency no longer worked with stays the agency of its old interactions
            Failures.run(() -> choices.add(agencies.get(existing.agencyId())));
        }
        agency.setItems(choices);
        agency.setItemLabelGenerator(Agency::name);
        Dates.max(date, LocalDate.now());
        date.setValue(LocalDate.now());
        if (pupilsReadable) {
            setUpPupils(pupils);
        }
        if (existing != null) {
            choices.stream().filter(a -> a.id() == existing.agencyId()).findFirst().ifPresent(agency::setValue);
            date.setValue(existing.date());
            subject.setValue(existing.subject());
            outcome.setValue(existing.outcome());
            nextStep.setValue(existing.nextStep());
            due.setValue(existing.nextDue());
            direction.setCode(existing.direction());
            if (pupilsReadable && existing.pupilId() != null) {
                Failures.run(() -> pupil.setValue(pupils.get(existing.pupilId())));
            }
        }
        var form = Forms.form(agency, date, subject, direction, pupil, outcome, nextStep, due);
        form.setColspan(subject, 2);
        form.setColspan(outcome, 2);
        if (!pupilsReadable) {
            pupil.setVisible(false);
        }
        add(form);
        getFooter().add(Forms.button("interaction-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("interaction-save", "core.kit.common.save", this::save));
    }

    private void setUpPupils(PupilService pupils) {
        pupil.setItems(q -> {
            PupilQuery query = PupilQuery.byName(q.getFilter().orElse(""));
            int offset = q.getOffset();
            int limit = q.getLimit();
            return Failures.read(() -> pupils.find(query, offset, limit).stream(), Stream.empty());
        });
        pupil.setItemLabelGenerator(p -> p.className().isEmpty() ? p.name().full()
                : p.name().full() + ", " + p.className());
        pupil.setClearButtonVisible(true);
        pupil.setHelperText(getTranslation("core.ui.interactions.pupil.help"));
    }

    private Map<String, HasValidation> fields() {
        return Map.of("agencyId", agency, "pupilId", pupil, "date", date, "subject", subject, "outcome", outcome,
                "nextStep", nextStep, "nextDue", due, "direction", direction);
    }

    private void save() {
        Failures.clear(fields());
        // every empty required input at once, and a due day before the interaction beside them
        List<HasValidation> missing = new ArrayList<>();
        if (agency.getValue() == null) {
            missing.add(agency);
        }
        if (date.getValue() == null) {
            missing.add(date);
        }
        if (subject.getValue().isBlank()) {
            missing.add(subject);
        }
        if (direction.code().isEmpty()) {
            missing.add(direction);
        }
        if (!nextStep.getValue().isBlank() && due.getValue() == null) {
            missing.add(due);
        }
        missing.forEach(Failures::required);
        if (date.getValue() != null && due.getValue() != null && due.getValue().isBefore(date.getValue())) {
            due.setErrorMessage(getTranslation("core.error.interaction.dueBeforeDate", Dates.format(date.getValue())));
            due.setInvalid(true);
            missing.add(due);
        }
        if (!missing.isEmpty()) {
            return;
        }
        Long pupilId = pupilsReadable ? (pupil.getValue() == null ? null : pupil.getValue().id())
                : existing == null ? null : existing.pupilId();
        InteractionDraft draft = new InteractionDraft(date.getValue(), agency.getValue().id(), pupilId,
                subject.getValue(), outcome.getValue(), nextStep.getValue(), due.getValue(), direction.code());
        Failures.on(fields(), () -> {
            close();
            onSaved.run();
        }).run(() -> {
            if (existing == null) {
                agencies.record(draft);
            } else {
                agencies.update(existing.id(), existing.version(), draft);
            }
            Notifications.success(getTranslation("core.ui.interactions.saved", agency.getValue().name()));
            close();
            onSaved.run();
        });
    }
}
