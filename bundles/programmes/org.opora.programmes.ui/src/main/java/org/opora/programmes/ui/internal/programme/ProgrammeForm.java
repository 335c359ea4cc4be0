package org.opora.programmes.ui.internal.programme;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.ui.internal.common.ProgrammeTexts;
import org.opora.platform.ui.api.Notifications;

/**
 * The programme tab: the header table of the 002 form field for field. The pupil's data are shown as the service
 * took them from the core; the rest is written by the curator while the programme is a draft (or after the parents
 * refused). After approval the form is read-only: a change is a new revision that needs the curator's agreement in
 * words, and it is consented to and approved again. The curator is set only by whom the service lets appoint them
 * (the consilium's chair, 002); for the others the field is read-only and says so.
 */
class ProgrammeForm extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient ProgrammePage page;
    private final ProgrammeFields fields;
    private final TextArea agreement = Forms.field(new TextArea(), "programme-change-agreement",
            "programmes.ui.form.changeAgreement");

    ProgrammeForm(ProgrammePage page) {
        this.page = page;
        this.fields = new ProgrammeFields(page);
        setId("programme-form");
        setPadding(false);
        add(facts(page.programme()), form());
        boolean appoints = Failures.read(
                () -> page.services().programmes().mayAppointCurator(page.programme().id()), false);
        if (!appoints) {
            fields.lockCurator();
        }
        fields.setReadOnly(!page.editable());
        if (appoints && !page.editable()) {
            fields.curator.setReadOnly(false);
            add(Forms.primary("programme-curator-appoint", "programmes.ui.form.curatorAppoint", this::appoint));
        }
        if (page.editable()) {
            add(Forms.primary("programme-save", "core.kit.common.save", this::save));
        } else if (page.programme().state().approved()) {
            Paragraph fixed = new Paragraph(getTranslation("programmes.ui.form.approvedReadOnly"));
            fixed.setId("programme-read-only");
            add(fixed);
        } else if (page.programme().state().active()) {
            // open for changes, but not by this user: say so before they type, not at saving
            String curator = page.programme().curatorName();
            Paragraph whose = new Paragraph(curator.isEmpty()
                    ? getTranslation("programmes.ui.form.notYoursNoCurator")
                    : getTranslation("programmes.ui.form.notYours", curator));
            whose.setId("programme-read-only");
            add(whose);
        }
        if (page.changeable()) {
            add(changeControls());
        }
    }

    /** The pupil's data, as written into the programme. */
    private FormLayout facts(Programme p) {
        FormLayout facts = new FormLayout();
        facts.setId("programme-facts");
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        fact(facts, "pupil", p.pupilName(), "programmes.ui.form.pupil");
        fact(facts, "birth-date", Dates.format(p.birthDate()), "programmes.ui.form.birthDate");
        fact(facts, "class", p.className(), "programmes.ui.form.class");
        fact(facts, "class-teacher", p.classTeacher(), "programmes.ui.form.classTeacher");
        facts.setColspan(fact(facts, "parents", p.parents(), "programmes.ui.form.parents"), 2);
        return facts;
    }

    private Component fact(FormLayout facts, String name, String value, String labelKey) {
        Span text = new Span(ProgrammeTexts.dash(value));
        text.setId("programme-fact-" + name);
        text.getStyle().set("white-space", "pre-line");
        return facts.addFormItem(text, getTranslation(labelKey));
    }

    private Component form() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        Component typed = Forms.form(fields.protocolNumber, fields.protocolDate);
        box.add(fields.protocol == null ? section("programmes.ui.form.protocol", typed)
                : section("programmes.ui.form.protocol", fields.protocol, typed),
                fields.grounds, fields.diagnostics,
                section("programmes.ui.form.goalTasks", fields.goal, fields.tasks),
                fields.participants,
                section("programmes.ui.form.resources", fields.internalResources, fields.externalResources),
                fields.expectedResults, fields.criteria,
                section("programmes.ui.form.period", Forms.form(fields.start, fields.end)),
                Forms.form(fields.directions, fields.riskCategory), fields.curator);
        fields.curator.setWidth("32em");
        return box;
    }

    private Component section(String titleKey, Component... content) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setSpacing(false);
        section.add(new H4(getTranslation(titleKey)));
        section.add(content);
        return section;
    }

    private Component changeControls() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        agreement.setWidthFull();
        agreement.setHelperText(getTranslation("programmes.ui.form.changeAgreement.help"));
        agreement.setVisible(false);
        Button confirm = Forms.primary("programme-change-save", "programmes.ui.form.changeSave", this::change);
        confirm.setVisible(false);
        Button start = Forms.button("programme-change", "programmes.ui.form.change", () -> { });
        start.addClickListener(e -> {
            fields.setReadOnly(false);
            agreement.setVisible(true);
            confirm.setVisible(true);
            start.setVisible(false);
        });
        box.add(start, agreement, confirm);
        return box;
    }

    private void save() {
        fields.clear();
        HasValidation incomplete = fields.protocolIncomplete();
        if (incomplete != null) {
            Failures.required(incomplete);
            return;
        }
        Programme p = page.programme();
        Failures.on(fields.byField(), page.reload()).run(() -> {
            page.services().programmes().update(p.id(), p.version(), fields.draft());
            Notifications.success(getTranslation("programmes.ui.form.saved"));
            page.reload().run();
        });
    }

    /** The consilium's chair appoints the curator (002) of a programme the chair does not keep or is approved. */
    private void appoint() {
        fields.clear();
        if (fields.curator.getValue() == null) {
            Failures.required(fields.curator);
            return;
        }
        Programme p = page.programme();
        Failures.on(fields.byField(), page.reload()).run(() -> {
            page.services().programmes().appointCurator(p.id(), p.version(), fields.curator.getValue().id());
            Notifications.success(getTranslation("programmes.ui.form.curatorAppointed"));
            page.reload().run();
        });
    }

    private void change() {
        fields.clear();
        agreement.setInvalid(false);
        HasValidation incomplete = fields.protocolIncomplete();
        if (incomplete != null || agreement.getValue().isBlank()) {
            Failures.required(incomplete != null ? incomplete : agreement);
            return;
        }
        Programme p = page.programme();
        var byField = fields.byField();
        byField.put("curatorAgreement", agreement);
        byField.put("agreedBy", agreement);
        Failures.on(byField, page.reload()).run(() -> {
            Programme next = page.services().lifecycle().change(p.id(), p.version(), fields.draft(),
                    agreement.getValue().strip());
            Notifications.success(getTranslation("programmes.ui.form.changed", next.revision()));
            UI.getCurrent().navigate(ProgrammeTexts.programmeHref(next.id()));
        });
    }
}
