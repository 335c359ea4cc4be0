package org.opora.patronage.ui.internal.page;

import com.vaadin.flow.component.button.Button;
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
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.ui.internal.common.DayDialog;
import org.opora.patronage.ui.internal.common.PatronageTexts;

/**
 * The top of the case page: the pupil and the class, whether the case is open, the class teacher, the category, the
 * grounds, when and by whom it was opened, when and why it was closed, the curators today; for the coordinator, the
 * buttons that correct and close the case.
 */
class CaseHeader extends Div {

    private static final long serialVersionUID = 1L;

    CaseHeader(CasePage page) {
        PatronageCase c = page.patronageCase();
        setId("patronage-case-header");
        setWidthFull();
        H2 title = new H2(c.className().isEmpty() ? getTranslation("patronage.ui.case.titleNoClass", c.pupil())
                : getTranslation("patronage.ui.case.title", c.pupil(), c.className()));
        title.setId("patronage-case-title");
        title.getStyle().set("margin-bottom", "0");
        Span state = c.open()
                ? Marks.badge("patronage-case-state", getTranslation("patronage.ui.case.state.open"),
                        "badge success")
                : Marks.badge("patronage-case-state", getTranslation("patronage.ui.case.state.closed"),
                        "badge contrast");
        HorizontalLayout top = new HorizontalLayout(title, state);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout facts = new HorizontalLayout(
                fact("patronage-header-class-teacher", "patronage.ui.case.header.classTeacher",
                        Marks.dash(c.classTeacher())),
                fact("patronage-header-category", "patronage.ui.case.header.category",
                        page.settings().categoryLabel(c.category())),
                fact("patronage-header-opened", "patronage.ui.case.header.opened", Dates.format(c.openedOn()),
                        Marks.dash(c.openedBy())),
                fact("patronage-header-curators", "patronage.ui.case.header.curators",
                        Marks.names(c.curators())));
        if (!c.open()) {
            facts.add(fact("patronage-header-closed", "patronage.ui.case.header.closed", Dates.format(c.closedOn()),
                    Marks.dash(c.closingReason())));
        }
        facts.setAlignItems(FlexComponent.Alignment.BASELINE);
        facts.getStyle().set("flex-wrap", "wrap").set("color", "var(--lumo-secondary-text-color)");
        Paragraph grounds = new Paragraph(getTranslation("patronage.ui.case.header.grounds", c.grounds()));
        grounds.setId("patronage-header-grounds");
        grounds.getStyle().set("white-space", "pre-line").set("margin", "var(--lumo-space-xs) 0");
        add(top, facts, grounds);
        if (page.keeps()) {
            Button edit = Forms.button("patronage-case-edit", "patronage.ui.case.edit",
                    () -> new EditCaseDialog(page).open());
            edit.setIcon(VaadinIcon.EDIT.create());
            Button close = Forms.button("patronage-case-close", "patronage.ui.case.close", () -> close(page));
            close.setIcon(VaadinIcon.CLOSE_CIRCLE_O.create());
            add(Forms.bar(edit, close));
        }
    }

    /** Closes the case with the day and the reason, after asking once more: the curators' terms end that day. */
    private void close(CasePage page) {
        PatronageCase c = page.patronageCase();
        new DayDialog(new DayDialog.Step("patronage-close", getTranslation("patronage.ui.case.close"),
                "patronage.ui.case.close", "patronage.ui.case.close.hint", "patronage.ui.case.close.date",
                "closedOn", "reason", "patronage.ui.case.close.reason", "closingReason",
                "patronage.ui.case.close.confirm", "patronage.ui.case.closed",
                (on, reason) -> page.services().cases().close(c.id(), c.version(), on, reason), page.reload()))
                .open();
    }

    private Span fact(String id, String key, Object... params) {
        Span s = new Span(getTranslation(key, params));
        s.setId(id);
        return s;
    }
}
