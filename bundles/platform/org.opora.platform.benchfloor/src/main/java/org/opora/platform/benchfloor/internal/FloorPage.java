package org.opora.platform.benchfloor.internal;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One page of the floor, what the bare Vaadin application had: one layout, a side nav between the two
 * pages, a grid of three fixed rows and a form whose button answers on the page. It reads and stores nothing, so
 * the time and memory it costs are Vaadin's and the frame's alone.
 *
 * <p>The load driver finds it by its texts, e.g. a scenario step {@code expect Floor 2} after
 * {@code nav bench/floor2}, and saves the form with {@code type Name=Ann} and {@code click Save}.
 */
abstract class FloorPage extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** The three rows of the grid: fixed words, no personal data. */
    record Row(String name, String kind, int number) {
    }

    private final Span answer = new Span();

    FloorPage(int page) {
        setId("bench-floor-" + page);
        add(new H2(getTranslation("bench.floor.title", page)), nav(), grid(), form());
    }

    private SideNav nav() {
        SideNav nav = new SideNav();
        nav.setId("bench-floor-nav");
        nav.addItem(new SideNavItem(getTranslation("bench.floor.title", 1), FloorViewContribution.ROUTE),
                new SideNavItem(getTranslation("bench.floor.title", 2), Floor2ViewContribution.ROUTE));
        return nav;
    }

    private Grid<Row> grid() {
        Grid<Row> grid = new Grid<>();
        grid.setId("bench-floor-grid");
        grid.addColumn(Row::name).setHeader(getTranslation("bench.floor.name"));
        grid.addColumn(Row::kind).setHeader(getTranslation("bench.floor.kind"));
        grid.addColumn(Row::number).setHeader(getTranslation("bench.floor.number"));
        grid.setItems(List.of(row(1), row(2), row(3)));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Row row(int number) {
        return new Row(getTranslation("bench.floor.row", number), getTranslation("bench.floor.kind.value"), number);
    }

    private VerticalLayout form() {
        TextField name = new TextField(getTranslation("bench.floor.name"));
        name.setId("bench-floor-name");
        Button save = new Button(getTranslation("bench.floor.save"),
                e -> answer.setText(getTranslation("bench.floor.saved", name.getValue())));
        save.setId("bench-floor-save");
        answer.setId("bench-floor-answer");
        VerticalLayout form = new VerticalLayout(name, save, answer);
        form.setPadding(false);
        return form;
    }
}
