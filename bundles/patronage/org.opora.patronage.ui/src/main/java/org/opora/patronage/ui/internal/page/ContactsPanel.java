package org.opora.patronage.ui.internal.page;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.api.agency.Interaction;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.patronage.api.work.Contact;
import org.opora.patronage.ui.internal.common.PatronageTexts;

/**
 * The contacts tab (regulation 003 section 3.3: the curator keeps constant contact with the pupil, the parents and
 * the subject teachers): the log, newest first, with the next step agreed and its day; the people who work on the
 * case log a contact. Below, the pupil's interactions with outside agencies (guardianship, KDN i ZP, KCSON,
 * additional education) since the case was opened, read-only: the core's register records them.
 */
class ContactsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient CasePage page;

    ContactsPanel(CasePage page) {
        this.page = page;
        setId("patronage-contacts");
        setPadding(false);
        if (page.logsContacts()) {
            Button log = Forms.primary("patronage-log-contact", "patronage.ui.contact.log",
                    () -> new ContactDialog(page, null).open());
            log.setIcon(VaadinIcon.PLUS.create());
            add(log);
        }
        add(contacts(Failures.read(() -> page.services().contacts().contacts(page.id()), List.<Contact>of())));
        add(new H4(getTranslation("patronage.ui.agency.title")));
        Paragraph hint = new Paragraph(getTranslation("patronage.ui.agency.hint"));
        hint.setId("patronage-agencies-hint");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        add(hint, agencies(Failures.read(() -> page.services().contacts().agencyInteractions(page.id()),
                List.<Interaction>of())));
    }

    private Grid<Contact> contacts(List<Contact> log) {
        Grid<Contact> grid = Grids.grid("patronage-contacts-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        fixed(grid.addColumn(c -> Dates.format(c.date())), "patronage.ui.contact.date", "7rem");
        text(grid.addColumn(c -> PatronageTexts.party(c.party())), "patronage.ui.contact.party", 2);
        text(grid.addColumn(Contact::person), "patronage.ui.contact.person", 2);
        text(grid.addColumn(c -> PatronageTexts.form(c.form())), "patronage.ui.contact.form", 2);
        text(grid.addColumn(Contact::content), "patronage.ui.contact.content", 4);
        text(grid.addColumn(Contact::nextStep), "patronage.ui.contact.next", 3);
        fixed(grid.addColumn(c -> Dates.format(c.nextDue())), "patronage.ui.contact.due", "7rem");
        text(grid.addColumn(Contact::author), "patronage.ui.contact.author", 2);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(log);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("patronage.ui.contact.none"));
        return grid;
    }

    private Component actions(Contact c) {
        if (!page.correctsContact(c)) {
            return new Span();
        }
        return Forms.rowButton("patronage-contact-edit-" + c.id(), VaadinIcon.EDIT, "patronage.ui.contact.edit",
                () -> new ContactDialog(page, c).open());
    }

    private Grid<Interaction> agencies(List<Interaction> interactions) {
        Grid<Interaction> grid = Grids.grid("patronage-agencies-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        fixed(grid.addColumn(i -> Dates.format(i.date())), "patronage.ui.agency.date", "7rem");
        text(grid.addColumn(Interaction::agency), "patronage.ui.agency.agency", 2);
        text(grid.addColumn(Interaction::subject), "patronage.ui.agency.subject", 3);
        text(grid.addColumn(Interaction::outcome), "patronage.ui.agency.outcome", 3);
        text(grid.addColumn(Interaction::nextStep), "patronage.ui.agency.next", 2);
        grid.setItems(interactions);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("patronage.ui.agency.none"));
        return grid;
    }

    private <T> void text(Grid.Column<T> column, String headerKey, int weight) {
        column.setHeader(getTranslation(headerKey)).setWidth("7rem").setFlexGrow(weight).setResizable(true);
    }

    private <T> void fixed(Grid.Column<T> column, String headerKey, String width) {
        column.setHeader(getTranslation(headerKey)).setWidth(width).setFlexGrow(0).setResizable(true);
    }
}
