package org.opora.consilium.ui.internal.meeting;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;

/**
 * One pupil on the agenda, in the order of the procedure of regulation 002: the parents invited, the specialists'
 * presentations (step 1), and the outcome: actual problems, goal and tasks, resources, decision (steps 2 to 5).
 * The outcome is edited by who keeps a meeting in preparation, and amended with a reason after finalisation.
 */
class ItemPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient MeetingPage page;
    private final transient AgendaItem item;
    private final OutcomeForm outcome;

    ItemPanel(MeetingPage page, AgendaItem item) {
        this.page = page;
        this.item = item;
        setId("agenda-item-panel");
        setPadding(false);
        H3 title = new H3(getTranslation("consilium.ui.meeting.item.title", item.position(), item.pupilName(),
                item.className().isEmpty() ? "\u2014" : item.className()));
        title.setId("item-title");
        Paragraph facts = new Paragraph(getTranslation("consilium.ui.meeting.item.facts", Dates.format(item.birthDate()),
                MeetingTexts.reason(item.reason()), item.note()));
        facts.setId("item-facts");
        add(title, facts);
        add(new H4(getTranslation("consilium.ui.meeting.item.parents")), new ParentsSection(page, item));
        add(new H4(getTranslation("consilium.ui.meeting.item.presentations")), new PresentationsSection(page, item));
        outcome = new OutcomeForm("outcome", page.services().staff(), page.settings(), item.outcome(),
                page.editable(), item.curatorName());
        add(outcome);
        if (page.editable()) {
            add(Forms.primary("outcome-save", "consilium.ui.meeting.outcome.save", this::save));
        } else if (page.amendable()) {
            add(Forms.button("outcome-amend", "consilium.ui.meeting.protocol.amend",
                    () -> new AmendOutcomeDialog(page, item).open()));
        }
    }

    private void save() {
        Failures.clear(outcome.fields()); // the marks of the attempt before go; the service tells every one anew
        if (!outcome.datesReadable()) {
            return;
        }
        Failures.on(outcome.fields(), page.reload()).run(() -> {
            page.services().agenda().recordOutcome(item.id(), item.version(), outcome.outcome());
            Notifications.success(getTranslation("consilium.ui.meeting.outcome.saved", item.pupilName()));
            page.reload().run();
        });
    }
}
