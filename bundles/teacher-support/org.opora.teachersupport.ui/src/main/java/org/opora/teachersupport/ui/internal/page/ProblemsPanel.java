package org.opora.teachersupport.ui.internal.page;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.kit.Confirm;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;
import org.opora.teachersupport.api.record.Problem;

/**
 * The problems tab (regulation 004, 5.1 and 4.1): the identified problems (difficulties) of the teacher in their
 * order, each with its type of difficulty; the keepers add, correct and remove them (a problem a diagnosis entry
 * concerns stays).
 */
class ProblemsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient RecordPage page;

    ProblemsPanel(RecordPage page) {
        this.page = page;
        setId("ts-problems");
        setPadding(false);
        if (page.keeps()) {
            Button add = Forms.primary("ts-problem-add", "teachersupport.ui.problem.add",
                    () -> new ProblemDialog(page, null).open());
            add.setIcon(VaadinIcon.PLUS.create());
            add(add);
        }
        Grid<Problem> grid = Panels.grid("ts-problems-grid", "teachersupport.ui.problem.none");
        Panels.fixed(grid.addColumn(Problem::position), "teachersupport.ui.problem.number", "4rem");
        Panels.text(grid.addColumn(p -> page.difficulty(p.difficultyType())), "teachersupport.ui.problem.type", 2);
        Panels.text(grid.addColumn(Problem::description), "teachersupport.ui.problem.description", 5);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(page.record().problems());
        add(grid);
    }

    private Component actions(Problem p) {
        if (!page.keeps()) {
            return new Span();
        }
        return new HorizontalLayout(
                Forms.rowButton("ts-problem-edit-" + p.id(), VaadinIcon.EDIT, "teachersupport.ui.problem.edit",
                        () -> new ProblemDialog(page, p).open()),
                Forms.rowButton("ts-problem-remove-" + p.id(), VaadinIcon.TRASH, "teachersupport.ui.problem.remove",
                        () -> remove(p)));
    }

    private void remove(Problem p) {
        Confirm.ask("ts-problem-remove", getTranslation("teachersupport.ui.problem.remove"),
                getTranslation("teachersupport.ui.problem.remove.text", RecordPage.problem(p)),
                getTranslation("teachersupport.ui.problem.remove"), () -> {
                    if (Failures.run(() -> page.services().records().removeProblem(p.id(), p.version()))) {
                        Notifications.success(getTranslation("teachersupport.ui.problem.removed"));
                        page.reload().run();
                    }
                });
    }
}
