package org.opora.platform.ui.internal.view;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.platform.api.duty.Duty;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.ui.internal.DutyBoard;

/** The home page: a greeting and "my duties" — what the signed-in person has to do, overdue first. */
public class HomeView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public HomeView(DutyBoard board) {
        setId("opora-home");
        OporaUser user = Session.user().orElseThrow();
        add(new H2(getTranslation("platform.home.greeting", user.displayName())));
        add(new H3(getTranslation("platform.home.duties")));
        List<Duty> duties = board.dutiesOf(user, UI.getCurrent().getLocale());
        if (duties.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("platform.home.noDuties"));
            none.setId("opora-no-duties");
            add(none);
        } else {
            add(dutyGrid(duties));
        }
    }

    private static Component title(Duty d) {
        if (d.route().isEmpty()) {
            return new Span(d.title());
        }
        Anchor link = new Anchor(d.route(), d.title());
        link.addClassName("opora-duty-link");
        return link;
    }

    private Component dutyGrid(List<Duty> duties) {
        LocalDate today = LocalDate.now();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(UI.getCurrent().getLocale());
        Grid<Duty> grid = new Grid<>();
        grid.setId("opora-duties");
        grid.addComponentColumn(d -> {
            Span due = new Span(d.due() == null ? "" : dates.format(d.due()));
            if (d.overdueOn(today)) {
                due.getElement().getThemeList().add("badge error");
                due.setText(due.getText() + " · " + getTranslation("platform.home.overdue"));
            }
            return due;
        }).setHeader(getTranslation("platform.home.due")).setAutoWidth(true).setFlexGrow(0);
        // the duty is a link to the record it is about: opened by a click, the keyboard or in a new tab
        grid.addComponentColumn(HomeView::title).setHeader(getTranslation("platform.home.duty")).setFlexGrow(2);
        grid.addColumn(Duty::detail).setHeader(getTranslation("platform.home.detail")).setFlexGrow(1);
        grid.setItems(duties);
        grid.addItemClickListener(e -> {
            if (!e.getItem().route().isEmpty()) {
                UI.getCurrent().navigate(e.getItem().route());
            }
        });
        // whole texts, wrapped: a duty cut with an ellipsis cannot be told from the next one
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
