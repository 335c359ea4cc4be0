package org.opora.consilium.ui.internal.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Amendment;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.Shortfall;
import org.opora.core.kit.Confirm;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;
import org.opora.platform.ui.api.PdfDownload;

/**
 * The protocol tab: the collegial conclusion, what is still missing before the protocol can be finalised, the
 * finalisation itself (after which the protocol is read-only), the prints (the protocol and each pupil's extract
 * for the parents) and, once finalised, the amendments with their reasons.
 */
class ProtocolPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** The printable form of the whole protocol. */
    static final String PROTOCOL_FORM = "consilium.protocol";
    /** The printable extract of one pupil's part for the parents. */
    static final String EXTRACT_FORM = "consilium.extract";

    private final transient MeetingPage page;
    private final TextArea conclusion = Forms.field(new TextArea(), "protocol-conclusion",
            "consilium.ui.meeting.protocol.conclusion");

    ProtocolPanel(MeetingPage page) {
        this.page = page;
        setId("meeting-protocol");
        setPadding(false);
        Meeting m = page.meeting();
        conclusion.setWidthFull();
        conclusion.setMinHeight("8em");
        conclusion.setValue(m.conclusion());
        conclusion.setReadOnly(!page.editable());
        add(conclusion);
        if (page.editable()) {
            add(Forms.button("protocol-conclusion-save", "consilium.ui.meeting.protocol.conclusionSave",
                    this::saveConclusion));
        }
        if (page.inPreparation()) {
            add(shortfalls());
        }
        if (page.editable()) {
            add(Forms.primary("protocol-finalise", "consilium.ui.meeting.protocol.finalise", this::finalise));
        }
        if (m.finalised()) {
            Paragraph done = new Paragraph(getTranslation("consilium.ui.meeting.protocol.finalisedOn",
                    MeetingTexts.moment(m.finalisedAt()), m.finalisedBy()));
            done.setId("protocol-finalised");
            add(done);
        }
        if (page.amendable()) {
            add(Forms.button("protocol-amend", "consilium.ui.meeting.protocol.amend",
                    () -> new AmendConclusionDialog(page).open()));
        }
        add(new H4(getTranslation("consilium.ui.meeting.protocol.prints")), prints());
        if (m.finalised()) {
            List<Amendment> amendments = Failures.read(() -> page.services().protocol().amendments(m.id()),
                    List.of());
            add(new H4(getTranslation("consilium.ui.meeting.protocol.amendments")),
                    Amendments.list(amendments, page.agenda()));
        }
    }

    private Component shortfalls() {
        List<Shortfall> missing = Failures.read(() -> page.services().protocol().shortfalls(page.meeting().id()),
                List.of());
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        if (missing.isEmpty()) {
            Paragraph ready = new Paragraph(getTranslation("consilium.ui.meeting.protocol.ready"));
            ready.setId("protocol-ready");
            box.add(ready);
            return box;
        }
        UnorderedList list = new UnorderedList();
        list.setId("protocol-shortfalls");
        missing.forEach(s -> list.add(new ListItem(MeetingTexts.shortfall(s))));
        box.add(new H4(getTranslation("consilium.ui.meeting.protocol.shortfalls")), list);
        return box;
    }

    private Component prints() {
        Meeting m = page.meeting();
        Locale locale = UI.getCurrent().getLocale();
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        Anchor protocol = PdfDownload.link(page.services().documents(), PROTOCOL_FORM, String.valueOf(m.id()),
                "protocol-" + m.number().replace('/', '-') + ".pdf",
                getTranslation("consilium.ui.meeting.protocol.pdf"), locale);
        protocol.setId("protocol-pdf");
        box.add(protocol);
        for (AgendaItem item : page.agenda()) {
            Anchor extract = PdfDownload.link(page.services().documents(), EXTRACT_FORM, String.valueOf(item.id()),
                    "extract-" + m.number().replace('/', '-') + "-" + item.position() + ".pdf",
                    getTranslation("consilium.ui.meeting.protocol.extractPdf"), locale);
            extract.setId("extract-pdf-" + item.position());
            HorizontalLayout row = new HorizontalLayout(new Span(getTranslation("consilium.ui.meeting.protocol.pupil",
                    item.position(), item.pupilName())), extract);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            if (page.amendable()) {
                row.add(Forms.button("protocol-amend-" + item.position(), "consilium.ui.meeting.protocol.amendOutcome",
                        () -> new AmendOutcomeDialog(page, item).open()));
            }
            box.add(row);
        }
        return box;
    }

    private void saveConclusion() {
        Meeting m = page.meeting();
        Map<String, TextArea> fields = Map.of("conclusion", conclusion);
        Failures.clear(fields);
        Failures.on(fields, page.reload()).run(() -> {
            page.services().protocol().recordConclusion(m.id(), m.version(), conclusion.getValue().strip());
            Notifications.success(getTranslation("consilium.ui.meeting.protocol.conclusionSaved"));
            page.reload().run();
        });
    }

    private void finalise() {
        Meeting m = page.meeting();
        Confirm.ask("protocol-finalise-dialog", getTranslation("consilium.ui.meeting.protocol.finalise.title", m.number()),
                getTranslation("consilium.ui.meeting.protocol.finalise.text"),
                getTranslation("consilium.ui.meeting.protocol.finalise"), () -> {
                    Failures.on(Map.of("conclusion", conclusion), page.reload()).run(() -> {
                        page.services().protocol().finalise(m.id(), m.version());
                        Notifications.success(getTranslation("consilium.ui.meeting.protocol.finalised", m.number()));
                        page.reload().run();
                    });
                });
    }
}
