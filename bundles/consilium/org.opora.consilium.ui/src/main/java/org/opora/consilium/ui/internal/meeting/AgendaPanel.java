package org.opora.consilium.ui.internal.meeting;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.AgendaService;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.kit.Confirm;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.PupilPicker;
import org.opora.platform.ui.api.Notifications;

/**
 * The agenda tab: the pupils in order, and below the list the selected pupil's parents, presentations and outcome.
 * Who keeps a meeting in preparation puts pupils on the agenda (chosen or from the proposals), moves and removes
 * them. Rows are named by their position ({@code agenda-item-1} is the first pupil).
 */
class AgendaPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient MeetingPage page;
    private final transient AgendaService agenda;
    private final transient Consumer<Long> selected;
    private final VerticalLayout detail = new VerticalLayout();

    /**
     * @param selection the item selected before a reload, or {@code null}
     * @param selected  told which item the user selects
     */
    AgendaPanel(MeetingPage page, Long selection, Consumer<Long> selected) {
        this.page = page;
        this.agenda = page.services().agenda();
        this.selected = selected;
        setId("meeting-agenda");
        setPadding(false);
        if (page.editable()) {
            add(addBar());
        }
        VerticalLayout rows = new VerticalLayout();
        rows.setId("agenda-items");
        rows.setPadding(false);
        rows.setSpacing(false);
        List<AgendaItem> agenda = page.agenda();
        agenda.forEach(item -> rows.add(row(item, agenda.size())));
        if (agenda.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("consilium.ui.meeting.agenda.none"));
            none.setId("agenda-none");
            rows.add(none);
        }
        detail.setId("agenda-detail");
        detail.setPadding(false);
        add(rows, detail);
        agenda.stream().filter(i -> selection != null && i.id() == selection).findFirst().ifPresent(this::select);
    }

    private Component addBar() {
        ComboBox<Pupil> pupil = PupilPicker.create(page.services().pupils(), "agenda-pupil",
                "consilium.ui.meeting.agenda.pupil");
        pupil.setWidth("22em");
        TextField note = Forms.field(new TextField(), "agenda-note", "consilium.ui.meeting.note");
        note.setWidth("22em");
        Button add = Forms.primary("agenda-add", "consilium.ui.meeting.agenda.add", () -> {
            if (pupil.getValue() == null) {
                Failures.required(pupil);
                return;
            }
            Pupil p = pupil.getValue();
            Failures.run(() -> {
                agenda.addItem(page.meeting().id(), AgendaProposal.other(p.id(), note.getValue().strip()));
                Notifications.success(getTranslation("consilium.ui.meeting.agenda.added", p.name().full()));
                page.reload().run();
            });
        });
        Button proposals = Forms.button("agenda-proposals", "consilium.ui.meeting.agenda.fromProposals",
                () -> new ProposalsDialog(page).open());
        proposals.setIcon(VaadinIcon.LIST_OL.create());
        return Forms.bar(pupil, note, add, proposals);
    }

    private Component row(AgendaItem item, int count) {
        int pos = item.position();
        String text = getTranslation("consilium.ui.meeting.agenda.row", pos, item.pupilName(),
                item.className().isEmpty() ? "\u2014" : item.className(), MeetingTexts.reason(item.reason()));
        Button open = new Button(text, e -> select(item));
        open.setId("agenda-item-" + pos);
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(open);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        if (page.editable()) {
            Button up = Forms.rowButton("agenda-up-" + pos, VaadinIcon.ARROW_UP, "consilium.ui.meeting.agenda.up",
                    () -> move(item, pos - 1));
            up.setEnabled(pos > 1);
            Button down = Forms.rowButton("agenda-down-" + pos, VaadinIcon.ARROW_DOWN, "consilium.ui.meeting.agenda.down",
                    () -> move(item, pos + 1));
            down.setEnabled(pos < count);
            row.add(up, down, Forms.rowButton("agenda-remove-" + pos, VaadinIcon.TRASH,
                    "consilium.ui.common.remove", () -> remove(item)));
        }
        return row;
    }

    private void select(AgendaItem item) {
        selected.accept(item.id());
        detail.removeAll();
        detail.add(new ItemPanel(page, item));
    }

    private void move(AgendaItem item, int position) {
        Failures.run(() -> {
            agenda.moveItem(item.id(), position);
            page.reload().run();
        });
    }

    private void remove(AgendaItem item) {
        Confirm.ask("agenda-remove", getTranslation("consilium.ui.meeting.agenda.remove.title"),
                getTranslation("consilium.ui.meeting.agenda.remove.text", item.pupilName()),
                getTranslation("consilium.ui.common.remove"), () -> {
                    Failures.run(() -> {
                        agenda.removeItem(item.id());
                        page.reload().run();
                    });
                });
    }
}
