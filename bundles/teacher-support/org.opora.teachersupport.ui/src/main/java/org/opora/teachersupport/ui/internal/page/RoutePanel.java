package org.opora.teachersupport.ui.internal.page;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.teachersupport.api.TeacherSupportSettings;
import org.opora.teachersupport.api.route.Checkpoint;
import org.opora.teachersupport.api.route.CheckpointState;
import org.opora.teachersupport.api.route.Route;
import org.opora.teachersupport.ui.internal.common.SupportTexts;

/**
 * The route tab (regulation 004, 3.1 and 3.2): the individual professional route (its theoretical or practical
 * dominant, inside or outside the school, what it rests on, its period) and its checkpoints (kontrolnye srezy) by
 * due date, each marked passed, coming, due or overdue, with its result and what shows it. Those who work on the
 * record draw up the route, plan checkpoints and record their results.
 */
class RoutePanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient RecordPage page;

    RoutePanel(RecordPage page) {
        this.page = page;
        setId("ts-route");
        setPadding(false);
        Optional<Route> route = Failures.read(() -> page.services().route().route(page.id()), Optional.empty());
        if (route.isPresent()) {
            add(route(route.get()));
        } else {
            Paragraph none = new Paragraph(getTranslation("teachersupport.ui.route.none"));
            none.setId("ts-route-none");
            add(none);
        }
        if (page.works()) {
            Button draw = Forms.button("ts-route-edit", route.isPresent() ? "teachersupport.ui.route.edit"
                    : "teachersupport.ui.route.draw", () -> new RouteDialog(page, route.orElse(null)).open());
            draw.setIcon(VaadinIcon.ROAD.create());
            if (route.isEmpty()) {
                draw.addThemeName("primary");
            }
            add(draw);
        }
        if (route.isEmpty()) {
            return;
        }
        HorizontalLayout title = new HorizontalLayout(new H4(getTranslation("teachersupport.ui.checkpoint.title")));
        if (page.works()) {
            Button plan = Forms.primary("ts-checkpoint-add", "teachersupport.ui.checkpoint.add",
                    () -> new CheckpointDialog(page, route.get(), null).open());
            plan.setIcon(VaadinIcon.PLUS.create());
            title.add(plan);
        }
        title.setAlignItems(Alignment.BASELINE);
        add(title, checkpoints(Failures.read(() -> page.services().route().checkpoints(page.id()),
                List.<Checkpoint>of()), route.get()));
    }

    private Component route(Route r) {
        Div box = new Div();
        box.setId("ts-route-facts");
        box.add(fact("ts-route-focus", "teachersupport.ui.route.focus.value",
                SupportTexts.label(SupportTexts.FOCUS, r.focus())));
        box.add(fact("ts-route-place", "teachersupport.ui.route.place.value",
                SupportTexts.label(SupportTexts.PLACE, r.place())));
        box.add(fact("ts-route-period", "teachersupport.ui.route.period", Dates.format(r.from()),
                Dates.format(r.to())));
        Paragraph basis = new Paragraph(getTranslation("teachersupport.ui.route.basis.value", r.basis()));
        basis.setId("ts-route-basis");
        basis.getStyle().set("white-space", "pre-line");
        box.add(basis);
        return box;
    }

    private Grid<Checkpoint> checkpoints(List<Checkpoint> list, Route route) {
        Grid<Checkpoint> grid = Panels.grid("ts-checkpoints-grid", "teachersupport.ui.checkpoint.none");
        Panels.fixed(grid.addColumn(c -> Dates.format(c.due())), "teachersupport.ui.checkpoint.due", "7rem");
        grid.addComponentColumn(c -> SupportTexts.checkpoint("ts-checkpoint-state-" + c.id(), c.state()))
                .setHeader(getTranslation("teachersupport.ui.checkpoint.state")).setWidth("9rem").setFlexGrow(0);
        Panels.text(grid.addColumn(c -> TeacherSupportSettings.label(page.settings().checkpointKinds(), c.kind())),
                "teachersupport.ui.checkpoint.kind", 3);
        Panels.text(grid.addColumn(Checkpoint::description), "teachersupport.ui.checkpoint.description", 3);
        Panels.fixed(grid.addColumn(c -> Dates.format(c.doneOn())), "teachersupport.ui.checkpoint.doneOn", "7rem");
        Panels.text(grid.addColumn(Checkpoint::result), "teachersupport.ui.checkpoint.result", 3);
        Panels.text(grid.addColumn(Checkpoint::evidence), "teachersupport.ui.checkpoint.evidence", 2);
        grid.addComponentColumn(c -> actions(c, route)).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(list);
        return grid;
    }

    private Component actions(Checkpoint c, Route route) {
        if (!page.works() || c.state() == CheckpointState.DONE) {
            return new Span();
        }
        return new HorizontalLayout(
                Forms.rowButton("ts-checkpoint-result-" + c.id(), VaadinIcon.CHECK,
                        "teachersupport.ui.checkpoint.record", () -> new ResultDialog(page, c).open()),
                Forms.rowButton("ts-checkpoint-edit-" + c.id(), VaadinIcon.EDIT, "teachersupport.ui.checkpoint.edit",
                        () -> new CheckpointDialog(page, route, c).open()));
    }

    private Span fact(String id, String key, Object... params) {
        Span s = new Span(getTranslation(key, params));
        s.setId(id);
        s.getStyle().set("margin-right", "var(--lumo-space-l)");
        return s;
    }
}
