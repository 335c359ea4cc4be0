package org.opora.teachersupport.ui.internal.page;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Marks;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.ui.api.PdfDownload;
import org.opora.teachersupport.api.conclusion.Conclusion;
import org.opora.teachersupport.api.conclusion.ProblemOutcome;
import org.opora.teachersupport.ui.internal.common.SupportTexts;

/**
 * The conclusion tab (regulation 004, 5.3 and 5.4): the table of the problems with their state before and after the
 * support, the method of diagnosing the results and the conclusions; the answers of the general conclusion; what
 * signing still needs; the printed conclusion. The lead and the administration write it and sign it (the service
 * refuses to sign while a problem lacks its state before or after, and says so); a conclusion that the teacher needs
 * another route opens the new record, linked from here. Once signed, the approval (the school's chain
 * {@code conclusionApprovalChain}, by default the deputy director): who approved on which day in which position, or
 * the position and the people holding it while it is open, and the approve button for them.
 */
class ConclusionPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private static final String OUTCOME_MISSING = "teachersupport.rule.outcomeMissing";

    private final transient RecordPage page;

    ConclusionPanel(RecordPage page) {
        this.page = page;
        setId("ts-conclusion");
        setPadding(false);
        Conclusion c = Failures.read(() -> page.services().conclusion().conclusion(page.id()), null);
        if (c == null) {
            return;
        }
        boolean writes = page.concludes() && !c.signed();
        add(state(c));
        if (c.signed()) {
            approval(c);
        }
        add(outcomes(c, writes));
        ConclusionForm form = new ConclusionForm(page, c, writes);
        add(form);
        if (!c.signed() && !c.missing().isEmpty()) {
            add(missing(c));
        }
        Anchor pdf = PdfDownload.link(page.services().documents(), SupportTexts.CONCLUSION_FORM,
                String.valueOf(page.id()), "conclusion-" + page.id() + ".pdf",
                getTranslation("teachersupport.ui.conclusion.print"), UI.getCurrent().getLocale());
        pdf.setId("ts-conclusion-pdf");
        if (writes) {
            add(Forms.bar(Forms.button("ts-conclusion-save", "teachersupport.ui.conclusion.save", form::save),
                    Forms.primary("ts-conclusion-sign", "teachersupport.ui.conclusion.sign",
                            () -> new SignDialog(page, form).open()),
                    pdf));
        } else {
            add(pdf);
        }
    }

    /** Signed on which day by whom, and the record opened for another route; or that it is a draft. */
    private Component state(Conclusion c) {
        Div box = new Div();
        box.setId("ts-conclusion-state");
        if (!c.signed()) {
            box.add(Marks.badge("ts-conclusion-draft", getTranslation("teachersupport.ui.conclusion.draft"),
                    "badge contrast"));
            return box;
        }
        box.add(Marks.badge("ts-conclusion-signed", getTranslation("teachersupport.ui.conclusion.signed",
                Dates.format(c.signedOn()), c.signedBy()), "badge success"));
        if (c.nextRecordId() != null) {
            Span space = new Span(" ");
            box.add(space, Marks.link("ts-conclusion-next", SupportTexts.recordHref(c.nextRecordId()),
                    getTranslation("teachersupport.ui.conclusion.next")));
        }
        return box;
    }

    /** The approval of the signed conclusion: taken, or open with its holders and the button for them. */
    private void approval(Conclusion c) {
        ApprovalStep step = Failures.read(() -> page.services().conclusion().approval(page.id()), null);
        if (step == null) {
            return;
        }
        if (step.isTaken()) {
            add(Marks.badge("ts-conclusion-approved", getTranslation("teachersupport.ui.conclusion.approved",
                    Dates.format(step.date()), step.position(), step.byName()), "badge success"));
            return;
        }
        Paragraph who = new Paragraph(getTranslation("teachersupport.ui.conclusion.approver", step.position(),
                step.holders().isEmpty() ? getTranslation("teachersupport.ui.conclusion.approver.nobody")
                        : String.join(", ", step.holders())));
        who.setId("ts-conclusion-approver");
        add(who);
        if (page.user() != null && page.user().hasRole(step.role())) {
            add(Forms.primary("ts-conclusion-approve", "teachersupport.ui.conclusion.approve",
                    () -> new ApproveDialog(page, c, step).open()));
        }
    }

    private Grid<ProblemOutcome> outcomes(Conclusion c, boolean writes) {
        Grid<ProblemOutcome> grid = Panels.grid("ts-outcomes-grid", "teachersupport.ui.conclusion.noProblems");
        Panels.fixed(grid.addColumn(ProblemOutcome::position), "teachersupport.ui.problem.number", "4rem");
        Panels.text(grid.addColumn(o -> page.difficulty(o.difficultyType()) + ": " + o.problem()),
                "teachersupport.ui.conclusion.problem", 3);
        Panels.text(grid.addComponentColumn(o -> state(o.before(), "ts-outcome-before-missing-" + o.problemId())),
                "teachersupport.ui.conclusion.before", 3);
        Panels.text(grid.addComponentColumn(o -> state(o.after(), "ts-outcome-after-missing-" + o.problemId())),
                "teachersupport.ui.conclusion.after", 3);
        Panels.text(grid.addColumn(ProblemOutcome::method), "teachersupport.ui.conclusion.method", 2);
        Panels.text(grid.addColumn(ProblemOutcome::conclusions), "teachersupport.ui.conclusion.conclusions", 3);
        if (writes) {
            grid.addComponentColumn(o -> Forms.rowButton("ts-outcome-edit-" + o.problemId(), VaadinIcon.EDIT,
                    "teachersupport.ui.conclusion.outcome", () -> new OutcomeDialog(page, o).open()))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(c.outcomes());
        return grid;
    }

    /** The state written, or a red mark that it is missing. */
    private Component state(String text, String missingId) {
        if (!text.isBlank()) {
            return new Span(text);
        }
        return Marks.badge(missingId, getTranslation("teachersupport.ui.conclusion.stateMissing"),
                "badge error small");
    }

    /** What signing still needs, in the service's words. */
    private Component missing(Conclusion c) {
        Div box = new Div();
        box.setId("ts-conclusion-missing");
        Paragraph title = new Paragraph(getTranslation("teachersupport.ui.conclusion.missing"));
        title.getStyle().set("margin-bottom", "0");
        UnorderedList list = new UnorderedList();
        List<ProblemOutcome> incomplete = c.outcomes().stream().filter(o -> !o.complete()).toList();
        for (String key : c.missing()) {
            if (OUTCOME_MISSING.equals(key)) {
                continue;
            }
            list.add(new ListItem(getTranslation(key)));
        }
        incomplete.forEach(o -> list.add(new ListItem(getTranslation(OUTCOME_MISSING, o.position()))));
        box.getStyle().set("color", "var(--lumo-secondary-text-color)");
        box.add(title, list);
        return box;
    }
}
