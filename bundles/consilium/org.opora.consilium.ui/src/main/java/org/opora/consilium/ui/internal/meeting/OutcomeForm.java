package org.opora.consilium.ui.internal.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;

import org.opora.consilium.api.ConsiliumSettings;
import org.opora.consilium.api.Decisions;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Forms;
import org.opora.core.kit.StaffPicker;

/**
 * What the meeting established and decided for one pupil, following steps 2 to 5 of the procedure of regulation
 * 002. The inputs' ids start with a prefix ({@code outcome-goal} on the page, {@code amend-outcome-goal} in the
 * amendment dialog) and are mapped to the field names the meeting service uses in its objections.
 */
class OutcomeForm extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final TextArea problems;
    private final TextArea goal;
    private final TextArea tasks;
    private final TextArea resources;
    private final CheckboxGroup<String> decisions = new CheckboxGroup<>();
    private final TextArea decisionText;
    private final TextArea teacherRecs;
    private final TextArea parentRecs;
    private final TextArea external;
    private final ComboBox<StaffMember> curator;
    private final TextField curatorName;
    private final transient Outcome original;
    private final boolean editable;
    private final DatePicker reviewBy;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /**
     * @param prefix      the start of the inputs' ids
     * @param editable    whether the outcome may be changed; a read-only form names the curator without asking
     *                    the staff register, which a reader may not be allowed to read
     * @param curatorName the curator's name as the agenda item carries it
     */
    OutcomeForm(String prefix, StaffService staff, ConsiliumSettings settings, Outcome outcome, boolean editable,
            String curatorName) {
        this.original = outcome;
        this.editable = editable;
        setPadding(false);
        setSpacing(false);
        setId(prefix + "-form");
        problems = area(prefix + "-problems", "consilium.ui.meeting.outcome.problems", outcome.problems());
        goal = area(prefix + "-goal", "consilium.ui.meeting.outcome.goal", outcome.goal());
        tasks = area(prefix + "-tasks", "consilium.ui.meeting.outcome.tasks", outcome.tasks());
        tasks.setHelperText(getTranslation("consilium.ui.meeting.outcome.tasks.help"));
        resources = area(prefix + "-resources", "consilium.ui.meeting.outcome.resources", outcome.resources());
        resources.setHelperText(getTranslation("consilium.ui.meeting.outcome.resources.help"));
        Forms.field(decisions, prefix + "-decisions", "consilium.ui.meeting.outcome.decisions");
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        settings.decisionTypes().forEach(i -> codes.add(i.code()));
        codes.addAll(outcome.decisions());
        decisions.setItems(new ArrayList<>(codes));
        decisions.setItemLabelGenerator(c -> ConsiliumSettings.label(settings.decisionTypes(), c));
        decisions.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        decisions.setValue(new LinkedHashSet<>(outcome.decisions()));
        decisionText = area(prefix + "-decision-text", "consilium.ui.meeting.outcome.decisionText", outcome.decisionText());
        teacherRecs = area(prefix + "-teacher-recs", "consilium.ui.meeting.outcome.teacherRecs",
                outcome.teacherRecommendations());
        parentRecs = area(prefix + "-parent-recs", "consilium.ui.meeting.outcome.parentRecs",
                outcome.parentRecommendations());
        external = area(prefix + "-external", "consilium.ui.meeting.outcome.external", outcome.externalReferral());
        curator = StaffPicker.create(staff, prefix + "-curator", "consilium.ui.meeting.outcome.curator");
        curator.setWidth("28em");
        this.curatorName = Forms.field(new TextField(), prefix + "-curator", "consilium.ui.meeting.outcome.curator");
        this.curatorName.setWidth("28em");
        this.curatorName.setValue(curatorName);
        this.curatorName.setReadOnly(true);
        if (editable) {
            StaffPicker.select(curator, staff, outcome.curatorId());
        }
        reviewBy = Dates.picker(prefix + "-review-by", "consilium.ui.meeting.outcome.reviewBy");
        reviewBy.setValue(outcome.reviewBy());
        decisions.addValueChangeListener(e -> requiredByDecisions());
        requiredByDecisions();
        fields.put("problems", problems);
        fields.put("goal", goal);
        fields.put("tasks", tasks);
        fields.put("resources", resources);
        fields.put("decisions", decisions);
        fields.put("decisionText", decisionText);
        fields.put("teacherRecommendations", teacherRecs);
        fields.put("parentRecommendations", parentRecs);
        fields.put("externalReferral", external);
        fields.put("curatorId", curator);
        fields.put("reviewBy", reviewBy);
        add(step("consilium.ui.meeting.outcome.step.problems"), problems);
        add(step("consilium.ui.meeting.outcome.step.goal"), goal, tasks);
        add(step("consilium.ui.meeting.outcome.step.resources"), resources);
        add(step("consilium.ui.meeting.outcome.step.decision"), decisions, decisionText, teacherRecs, parentRecs, external,
                editable ? curator : this.curatorName, reviewBy);
        setEditable(editable);
    }

    private TextArea area(String id, String labelKey, String value) {
        TextArea a = Forms.field(new TextArea(), id, labelKey);
        a.setWidthFull();
        a.setValue(value);
        return a;
    }

    private H4 step(String key) {
        return new H4(getTranslation(key));
    }

    /** Marks the inputs a chosen decision needs: the curator, the external referral, the review date. */
    private void requiredByDecisions() {
        curator.setRequiredIndicatorVisible(decisions.getValue().contains(Decisions.PROGRAMME_OPEN));
        external.setRequiredIndicatorVisible(decisions.getValue().contains(Decisions.REFER_EXTERNAL));
        reviewBy.setRequiredIndicatorVisible(decisions.getValue().contains(Decisions.REVIEW_AGAIN));
    }

    /** The outcome as entered (as read for a read-only form); the decisions in the order of the configured list. */
    Outcome outcome() {
        List<String> chosen = decisions.getListDataView().getItems().filter(decisions.getValue()::contains)
                .toList();
        return new Outcome(problems.getValue().strip(), goal.getValue().strip(), tasks.getValue().strip(),
                resources.getValue().strip(), chosen, decisionText.getValue().strip(),
                teacherRecs.getValue().strip(), parentRecs.getValue().strip(), external.getValue().strip(),
                !editable ? original.curatorId() : curator.getValue() == null ? null : curator.getValue().id(),
                reviewBy.getValue());
    }

    /**
     * Marks the review day when its typed text is no day (31.02.2027), with the picker's own words: the outcome
     * would otherwise go without it, silently.
     *
     * @return whether every date typed is a day
     */
    boolean datesReadable() {
        ValidationResult own = reviewBy.getDefaultValidator().apply(reviewBy.getValue(), new ValueContext(reviewBy));
        if (own.isError()) {
            reviewBy.setErrorMessage(own.getErrorMessage());
            reviewBy.setInvalid(true);
            return false;
        }
        return true;
    }

    /** The inputs by the service's field names. */
    Map<String, HasValidation> fields() {
        return fields;
    }

    private void setEditable(boolean canEdit) {
        for (TextArea a : List.of(problems, goal, tasks, resources, decisionText, teacherRecs, parentRecs,
                external)) {
            a.setReadOnly(!canEdit);
        }
        decisions.setReadOnly(!canEdit);
        curator.setReadOnly(!canEdit);
        reviewBy.setReadOnly(!canEdit);
    }
}
