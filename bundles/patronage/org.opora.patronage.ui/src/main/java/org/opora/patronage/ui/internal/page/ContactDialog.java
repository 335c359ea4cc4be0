package org.opora.patronage.ui.internal.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.patronage.api.work.Contact;
import org.opora.patronage.api.work.ContactDraft;
import org.opora.patronage.api.work.ContactForm;
import org.opora.patronage.api.work.ContactParty;
import org.opora.patronage.ui.internal.common.PatronageTexts;
import org.opora.platform.ui.api.Notifications;

/**
 * Logs a contact of the case, or corrects one: the day, with whom (the pupil, the parents, a subject teacher,
 * another person) and the person's name, how (a meeting, a call, a home visit, a message), what was discussed, and
 * the next step agreed with its day.
 */
class ContactDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient CasePage page;
    private final transient Contact contact;
    private final DatePicker date = Dates.picker("patronage-contact-date", "patronage.ui.contact.date");
    private final Select<ContactParty> party = new Select<>();
    private final TextField person = Forms.field(new TextField(), "patronage-contact-person",
            "patronage.ui.contact.person");
    private final Select<ContactForm> form = new Select<>();
    private final TextArea content = Forms.field(new TextArea(), "patronage-contact-content",
            "patronage.ui.contact.content");
    private final TextField next = Forms.field(new TextField(), "patronage-contact-next", "patronage.ui.contact.next");
    private final DatePicker due = Dates.picker("patronage-contact-due", "patronage.ui.contact.due");

    /** @param contact the entry to correct, or {@code null} for a new one */
    ContactDialog(CasePage page, Contact contact) {
        this.page = page;
        this.contact = contact;
        setId("patronage-contact-dialog");
        setHeaderTitle(getTranslation(contact == null ? "patronage.ui.contact.log" : "patronage.ui.contact.edit"));
        setWidth("48em");
        Forms.field(party, "patronage-contact-party", "patronage.ui.contact.party");
        party.setItems(ContactParty.values());
        party.setItemLabelGenerator(PatronageTexts::party);
        Forms.field(form, "patronage-contact-form", "patronage.ui.contact.form");
        form.setItems(ContactForm.values());
        form.setItemLabelGenerator(PatronageTexts::form);
        Dates.max(date, LocalDate.now());
        Dates.min(date, page.patronageCase().openedOn());
        due.setHelperText(getTranslation("patronage.ui.contact.due.help"));
        person.setHelperText(getTranslation("patronage.ui.contact.person.help"));
        if (contact == null) {
            date.setValue(LocalDate.now());
        } else {
            date.setValue(contact.date());
            party.setValue(contact.party());
            person.setValue(contact.person());
            form.setValue(contact.form());
            content.setValue(contact.content());
            next.setValue(contact.nextStep());
            due.setValue(contact.nextDue());
        }
        FormLayout layout = Forms.form(date, party, person, form, content, next, due);
        layout.setColspan(content, 2);
        add(layout);
        getFooter().add(Forms.button("patronage-contact-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("patronage-contact-save", "core.kit.common.save", this::save));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("date", date);
        m.put("party", party);
        m.put("person", person);
        m.put("form", form);
        m.put("content", content);
        m.put("nextStep", next);
        m.put("nextDue", due);
        return m;
    }

    private void save() {
        Failures.clear(fields());
        // every empty required input at once
        List<HasValidation> missing = new ArrayList<>();
        if (date.getValue() == null) {
            missing.add(date);
        }
        if (party.getValue() == null) {
            missing.add(party);
        }
        if (form.getValue() == null) {
            missing.add(form);
        }
        if (content.getValue().isBlank()) {
            missing.add(content);
        }
        if (!next.getValue().isBlank() && due.getValue() == null) {
            missing.add(due);
        }
        if (!missing.isEmpty()) {
            missing.forEach(Failures::required);
            return;
        }
        ContactDraft draft = new ContactDraft(date.getValue(), party.getValue(), person.getValue(), form.getValue(),
                content.getValue(), next.getValue(), next.getValue().isBlank() ? null : due.getValue());
        Failures.on(fields(), () -> {
            close();
            page.reload().run();
        }).run(() -> {
            if (contact == null) {
                page.services().contacts().log(page.id(), draft);
            } else {
                page.services().contacts().update(contact.id(), contact.version(), draft);
            }
            Notifications.success(getTranslation("patronage.ui.contact.saved"));
            close();
            page.reload().run();
        });
    }
}
