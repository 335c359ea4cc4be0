package org.opora.teachersupport.ui.internal.page;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Marks;
import org.opora.platform.ui.api.PdfDownload;
import org.opora.teachersupport.api.TeacherSupportSettings;
import org.opora.teachersupport.api.record.Participant;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.ui.internal.common.SupportTexts;

/**
 * The top of the record page: the teacher and the position, the status, the day of the decision, the lead, the
 * participants, the planned forms of help, when the record was concluded and the records it continues or is continued
 * by; the printed card (the opening record with everything recorded since) as PDF; for the keepers, the button that
 * corrects the opening record.
 */
class RecordHeader extends Div {

    private static final long serialVersionUID = 1L;

    RecordHeader(RecordPage page) {
        SupportRecord r = page.record();
        setId("ts-record-header");
        setWidthFull();
        H2 title = new H2(r.position().isEmpty() ? getTranslation("teachersupport.ui.record.titleNoPosition", r.teacher())
                : getTranslation("teachersupport.ui.record.title", r.teacher(), r.position()));
        title.setId("ts-record-title");
        title.getStyle().set("margin-bottom", "0");
        HorizontalLayout top = new HorizontalLayout(title, SupportTexts.status("ts-record-state", r.status()));
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout facts = new HorizontalLayout(
                fact("ts-header-decided", "teachersupport.ui.record.header.decided", Dates.format(r.decidedOn())),
                fact("ts-header-lead", "teachersupport.ui.record.header.lead", r.lead()),
                fact("ts-header-participants", "teachersupport.ui.record.header.participants",
                        Marks.names(r.participants().stream().map(Participant::name).toList())));
        if (r.concluded()) {
            facts.add(fact("ts-header-concluded", "teachersupport.ui.record.header.concluded",
                    Dates.format(r.concludedOn())));
        }
        facts.setAlignItems(FlexComponent.Alignment.BASELINE);
        facts.getStyle().set("flex-wrap", "wrap").set("color", "var(--lumo-secondary-text-color)");
        Paragraph planned = new Paragraph(getTranslation("teachersupport.ui.record.header.planned",
                Marks.names(r.plannedForms().stream()
                        .map(c -> TeacherSupportSettings.label(page.settings().helpForms(), c)).toList())));
        planned.setId("ts-header-planned");
        planned.getStyle().set("margin", "var(--lumo-space-xs) 0");
        add(top, facts, planned);
        if (!r.plannedNote().isEmpty()) {
            Paragraph note = new Paragraph(r.plannedNote());
            note.setId("ts-header-note");
            note.getStyle().set("white-space", "pre-line").set("margin", "0");
            add(note);
        }
        HorizontalLayout links = new HorizontalLayout();
        if (r.previousId() != null) {
            links.add(Marks.link("ts-header-previous", SupportTexts.recordHref(r.previousId()),
                    getTranslation("teachersupport.ui.record.header.previous")));
        }
        if (r.nextId() != null) {
            links.add(Marks.link("ts-header-next", SupportTexts.recordHref(r.nextId()),
                    getTranslation("teachersupport.ui.record.header.next")));
        }
        Anchor card = PdfDownload.link(page.services().documents(), SupportTexts.CARD_FORM, String.valueOf(r.id()),
                "teacher-support-" + r.id() + ".pdf", getTranslation("teachersupport.ui.record.print"),
                UI.getCurrent().getLocale());
        card.setId("ts-record-print");
        Span bar = new Span();
        if (page.keeps()) {
            Button edit = Forms.button("ts-record-edit", "teachersupport.ui.record.edit",
                    () -> new EditRecordDialog(page).open());
            edit.setIcon(VaadinIcon.EDIT.create());
            bar.add(edit);
        }
        add(Forms.bar(bar, card, links));
        if (!page.keeps() && !r.concluded()) {
            // who may not correct the record is told who does (004: the administration and the lead), not left to
            // look for the missing buttons; a participant also learns what is theirs to record
            Paragraph who = new Paragraph(getTranslation(r.workable() ? "teachersupport.ui.record.keptByWork"
                    : "teachersupport.ui.record.keptBy", r.lead()));
            who.setId("ts-record-read-only");
            add(who);
        }
    }

    private Span fact(String id, String key, Object... params) {
        Span s = new Span(getTranslation(key, params));
        s.setId(id);
        return s;
    }
}
