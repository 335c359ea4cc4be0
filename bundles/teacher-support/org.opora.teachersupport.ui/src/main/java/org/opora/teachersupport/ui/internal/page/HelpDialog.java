package org.opora.teachersupport.ui.internal.page;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.api.staff.StaffMember;
import org.opora.core.kit.Dates;
import org.opora.core.kit.DirectionField;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.StaffPicker;
import org.opora.platform.ui.api.Notifications;
import org.opora.teachersupport.api.help.CompetitionLevel;
import org.opora.teachersupport.api.help.HelpDirections;
import org.opora.teachersupport.api.help.HelpDraft;
import org.opora.teachersupport.api.help.HelpEntry;
import org.opora.teachersupport.ui.internal.common.SupportTexts;

/**
 * Records a form of help as it happened, or corrects it (regulation 004, 3.3 to 3.5): the form from the settings,
 * the day, who gave it (a staff member, or a specialist from outside named in words), the topic (the question, the
 * lesson visited, the competition), what was done (for a lesson visit, the analysis of the lesson), the
 * recommendations, for a competition its level and result, and the direction of work (000 §3: proposed by the form,
 * {@link HelpDirections#byForm}, and changed with it while the user has not chosen another).
 */
class HelpDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** The settings' built-in codes of the forms of help the dialog asks more about. */
    static final String LESSON_VISIT = "lesson-visit";
    static final String COMPETITION = "competition";

    private final transient RecordPage page;
    private final transient HelpEntry entry;
    private final ComboBox<String> form;
    private final DatePicker date = Dates.picker("ts-help-date", "teachersupport.ui.help.date");
    private final Checkbox outside = Forms.field(new Checkbox(), "ts-help-outside", "teachersupport.ui.help.outside");
    private final ComboBox<StaffMember> by;
    private final TextField byName = Forms.field(new TextField(), "ts-help-by-name", "teachersupport.ui.help.byName");
    private final TextField topic = Forms.field(new TextField(), "ts-help-topic", "teachersupport.ui.help.topic");
    private final TextArea content = Forms.field(new TextArea(), "ts-help-content", "teachersupport.ui.help.content");
    private final TextArea recommendations = Forms.field(new TextArea(), "ts-help-recommendations",
            "teachersupport.ui.help.recommendations");
    private final Select<CompetitionLevel> level = new Select<>();
    private final TextField result = Forms.field(new TextField(), "ts-help-result", "teachersupport.ui.help.result");
    private final DirectionField direction;

    /** @param entry the entry to correct, or {@code null} for a new one */
    HelpDialog(RecordPage page, HelpEntry entry) {
        this.page = page;
        this.entry = entry;
        setId("ts-help-dialog");
        setHeaderTitle(getTranslation(entry == null ? "teachersupport.ui.help.add" : "teachersupport.ui.help.edit"));
        setWidth("48em");
        form = Choices.of("ts-help-form", "teachersupport.ui.help.form", page.settings().helpForms(),
                entry == null ? null : entry.form());
        direction = new DirectionField(page.services().coreLists(), "ts-help-direction", true);
        by = StaffPicker.create(page.services().staff(), "ts-help-by", "teachersupport.ui.help.by");
        by.setWidthFull();
        Forms.field(level, "ts-help-level", "teachersupport.ui.help.level");
        level.setItems(CompetitionLevel.values());
        level.setItemLabelGenerator(l -> SupportTexts.label(SupportTexts.LEVEL, l));
        Dates.max(date, LocalDate.now());
        Dates.min(date, page.record().decidedOn());
        topic.setWidthFull();
        if (entry == null) {
            date.setValue(LocalDate.now());
            if (form.getValue() != null) {
                direction.setCode(HelpDirections.byForm(form.getValue()));
            }
        } else {
            direction.setCode(entry.direction());
            date.setValue(entry.date());
            outside.setValue(entry.providedById() == null);
            StaffPicker.select(by, page.services().staff(), entry.providedById());
            if (entry.providedById() == null) {
                byName.setValue(entry.providedBy());
            }
            topic.setValue(entry.topic());
            content.setValue(entry.content());
            recommendations.setValue(entry.recommendations());
            level.setValue(entry.competitionLevel());
            result.setValue(entry.competitionResult());
        }
        form.addValueChangeListener(e -> {
            boolean proposed = direction.code().isEmpty()
                    || (e.getOldValue() != null && direction.code().equals(HelpDirections.byForm(e.getOldValue())));
            if (proposed && e.getValue() != null) {
                direction.setCode(HelpDirections.byForm(e.getValue()));
            }
            adapt();
        });
        outside.addValueChangeListener(e -> adapt());
        adapt();
        FormLayout layout = Forms.form(form, direction, date, outside, by, byName, topic, content, recommendations,
                level, result);
        layout.setColspan(form, 2);
        layout.setColspan(direction, 2);
        layout.setColspan(outside, 2);
        layout.setColspan(by, 2);
        layout.setColspan(byName, 2);
        layout.setColspan(topic, 2);
        layout.setColspan(content, 2);
        layout.setColspan(recommendations, 2);
        add(layout);
        getFooter().add(Forms.button("ts-help-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("ts-help-save", "core.kit.common.save", this::save));
    }

    /** Asks for the analysis of a visited lesson, the level and result of a competition, a name from outside. */
    private void adapt() {
        boolean visit = LESSON_VISIT.equals(form.getValue());
        boolean competition = COMPETITION.equals(form.getValue());
        content.setLabel(getTranslation(visit ? "teachersupport.ui.help.analysis" : "teachersupport.ui.help.content"));
        content.setRequiredIndicatorVisible(visit);
        level.setVisible(competition);
        result.setVisible(competition);
        by.setVisible(!outside.getValue());
        byName.setVisible(outside.getValue());
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("form", form);
        m.put("date", date);
        m.put("providedBy", outside.getValue() ? byName : by);
        m.put("topic", topic);
        m.put("content", content);
        m.put("recommendations", recommendations);
        m.put("competitionLevel", level);
        m.put("competitionResult", result);
        m.put("direction", direction);
        return m;
    }

    private void save() {
        Failures.clear(fields());
        boolean competition = COMPETITION.equals(form.getValue());
        HasValidation missing = form.getValue() == null ? form
                : date.getValue() == null ? date
                : outside.getValue() && byName.getValue().isBlank() ? byName
                : !outside.getValue() && by.getValue() == null ? by
                : topic.getValue().isBlank() ? topic
                : LESSON_VISIT.equals(form.getValue()) && content.getValue().isBlank() ? content
                : competition && level.getValue() == null ? level
                : direction.code().isEmpty() ? direction : null;
        if (missing != null) {
            Failures.required(missing);
            return;
        }
        HelpDraft draft = new HelpDraft(form.getValue(), date.getValue(),
                outside.getValue() ? null : by.getValue().id(), outside.getValue() ? byName.getValue() : "",
                topic.getValue(), content.getValue(), recommendations.getValue(),
                competition ? level.getValue() : null, competition ? result.getValue() : "", direction.code());
        Failures.on(fields(), () -> {
            close();
            page.reload().run();
        }).run(() -> {
            if (entry == null) {
                page.services().help().record(page.id(), draft);
            } else {
                page.services().help().update(entry.id(), entry.version(), draft);
            }
            Notifications.success(getTranslation("teachersupport.ui.help.saved"));
            close();
            page.reload().run();
        });
    }
}
