package org.opora.teachersupport.ui.internal.page;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.teachersupport.api.TeacherSupportSettings;
import org.opora.teachersupport.api.diagnosis.DiagnosisEntry;

/**
 * The diagnosis tab (regulation 004, section 4): what the difficulties were diagnosed from (an interview, pupil
 * questionnaires, analyses of lessons, the journal, plans, notebooks, tests, external results), when, by whom, what
 * was found, and the problems the findings concern; those who work on the record add and correct entries.
 */
class DiagnosisPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient RecordPage page;

    DiagnosisPanel(RecordPage page) {
        this.page = page;
        setId("ts-diagnosis");
        setPadding(false);
        if (page.works()) {
            Button add = Forms.primary("ts-diagnosis-add", "teachersupport.ui.diagnosis.add",
                    () -> new DiagnosisDialog(page, null).open());
            add.setIcon(VaadinIcon.PLUS.create());
            add(add);
        }
        Paragraph hint = new Paragraph(getTranslation("teachersupport.ui.diagnosis.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        Grid<DiagnosisEntry> grid = Panels.grid("ts-diagnosis-grid", "teachersupport.ui.diagnosis.none");
        Panels.fixed(grid.addColumn(d -> Dates.format(d.date())), "teachersupport.ui.diagnosis.date", "7rem");
        Panels.text(grid.addColumn(d -> TeacherSupportSettings.label(page.settings().diagnosisSources(), d.source())),
                "teachersupport.ui.diagnosis.source", 3);
        Panels.text(grid.addColumn(DiagnosisEntry::conductedBy), "teachersupport.ui.diagnosis.by", 2);
        Panels.text(grid.addColumn(DiagnosisEntry::findings), "teachersupport.ui.diagnosis.findings", 5);
        Panels.fixed(grid.addColumn(d -> page.positions(d.problemIds())), "teachersupport.ui.diagnosis.problems",
                "7rem");
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(Failures.read(() -> page.services().diagnosis().entries(page.id()), List.<DiagnosisEntry>of()));
        add(hint, grid);
    }

    private Component actions(DiagnosisEntry d) {
        if (!page.works()) {
            return new Span();
        }
        return Forms.rowButton("ts-diagnosis-edit-" + d.id(), VaadinIcon.EDIT, "teachersupport.ui.diagnosis.edit",
                () -> new DiagnosisDialog(page, d).open());
    }
}
