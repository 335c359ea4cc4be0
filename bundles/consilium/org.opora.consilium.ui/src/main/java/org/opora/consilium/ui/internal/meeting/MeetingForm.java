package org.opora.consilium.ui.internal.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.consilium.api.ConsiliumSettings;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingDraft;
import org.opora.consilium.api.meeting.MeetingKind;
import org.opora.core.api.ListItem;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.StaffPicker;

/**
 * The header of a meeting as the create dialog and the details tab edit it: planned or unplanned, the monitoring
 * survey a planned meeting follows, day, time, place, chair and secretary. The inputs are mapped to the field names
 * the meeting service uses in its objections.
 */
class MeetingForm extends FormLayout {

    private static final long serialVersionUID = 1L;

    private final transient StaffService staff;
    private final RadioButtonGroup<MeetingKind> kind = new RadioButtonGroup<>();
    private final ComboBox<ListItem> monitoring = new ComboBox<>();
    private final DatePicker date = Dates.picker("meeting-date", "consilium.ui.meeting.date");
    private final TextField time = Forms.field(new TextField(), "meeting-time", "consilium.ui.meeting.time");
    private final TextField place = Forms.field(new TextField(), "meeting-place", "consilium.ui.meeting.place");
    private final ComboBox<StaffMember> chair;
    private final ComboBox<StaffMember> secretary;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    MeetingForm(StaffService staff, ConsiliumSettings settings) {
        this.staff = staff;
        Forms.field(kind, "meeting-kind", "consilium.ui.meeting.kind");
        kind.setItems(MeetingKind.PLANNED, MeetingKind.UNPLANNED);
        kind.setItemLabelGenerator(MeetingTexts::kind);
        kind.setValue(MeetingKind.UNPLANNED);
        Forms.field(monitoring, "meeting-monitoring", "consilium.ui.meeting.monitoring");
        monitoring.setItems(settings.monitoringKinds());
        monitoring.setItemLabelGenerator(ListItem::label);
        monitoring.setClearButtonVisible(true);
        monitoring.setEnabled(false);
        kind.addValueChangeListener(e -> {
            boolean planned = e.getValue() == MeetingKind.PLANNED;
            monitoring.setEnabled(planned);
            monitoring.setRequiredIndicatorVisible(planned);
            if (!planned) {
                monitoring.clear();
            }
        });
        date.setRequiredIndicatorVisible(true);
        time.setPlaceholder("14:30");
        time.setAllowedCharPattern("[0-9:]");
        time.setMaxLength(5);
        place.setRequiredIndicatorVisible(true);
        chair = StaffPicker.create(staff, "meeting-chair", "consilium.ui.meeting.chair");
        secretary = StaffPicker.create(staff, "meeting-secretary", "consilium.ui.meeting.secretary");
        fields.put("kind", kind);
        fields.put("monitoring", monitoring);
        fields.put("date", date);
        fields.put("time", time);
        fields.put("place", place);
        fields.put("chairId", chair);
        fields.put("secretaryId", secretary);
        add(kind, monitoring, date, time, place);
        add(chair, secretary);
        setColspan(kind, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
    }

    /** Shows a saved meeting. */
    void fill(Meeting m, ConsiliumSettings settings) {
        kind.setValue(m.kind());
        if (!m.monitoring().isEmpty()) {
            monitoring.setValue(settings.monitoringKinds().stream().filter(i -> i.code().equals(m.monitoring()))
                    .findFirst().orElse(new ListItem(m.monitoring(), m.monitoring())));
        }
        date.setValue(m.date());
        time.setValue(m.time());
        place.setValue(m.place());
        StaffPicker.select(chair, staff, m.chairId());
        StaffPicker.select(secretary, staff, m.secretaryId());
    }

    /** Chooses the chair and the secretary when none is chosen yet. */
    void proposeOfficers(Long chairId, Long secretaryId) {
        if (chair.isEmpty()) {
            StaffPicker.select(chair, staff, chairId);
        }
        if (secretary.isEmpty()) {
            StaffPicker.select(secretary, staff, secretaryId);
        }
    }

    DatePicker date() {
        return date;
    }

    /**
     * Checks what the service cannot do without and marks the empty inputs (an impossible typed day with the
     * picker's own words); when one is empty, asks the service ({@code check}, which writes nothing) about the
     * others, so that every objection shows at once.
     *
     * @return whether the form may be sent
     */
    boolean complete(Consumer<MeetingDraft> check) {
        Failures.clear(fields);
        List<HasValidation> missing = new ArrayList<>();
        if (kind.getValue() == MeetingKind.PLANNED && monitoring.isEmpty()) {
            missing.add(monitoring);
        }
        if (date.getValue() == null) {
            missing.add(date);
        }
        if (place.getValue().isBlank()) {
            missing.add(place);
        }
        if (missing.isEmpty()) {
            return true;
        }
        missing.forEach(Failures::required);
        try {
            check.accept(draft());
        } catch (RuntimeException objections) {
            Failures.addObjections(objections, fields); // the form's own objection stays on its field
        }
        return false;
    }

    MeetingDraft draft() {
        MeetingKind k = kind.getValue() == null ? MeetingKind.UNPLANNED : kind.getValue();
        return new MeetingDraft(k, k == MeetingKind.PLANNED && monitoring.getValue() != null
                ? monitoring.getValue().code() : "", date.getValue(), time.getValue().strip(),
                place.getValue().strip(), chair.getValue() == null ? null : chair.getValue().id(),
                secretary.getValue() == null ? null : secretary.getValue().id());
    }

    /** The inputs by the service's field names. */
    Map<String, HasValidation> fields() {
        return fields;
    }

    /** The day chosen, or today before one is. */
    LocalDate day() {
        return date.getValue() == null ? LocalDate.now() : date.getValue();
    }
}
