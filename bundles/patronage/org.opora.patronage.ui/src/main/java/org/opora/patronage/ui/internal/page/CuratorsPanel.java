package org.opora.patronage.ui.internal.page;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.OrderPicker;
import org.opora.patronage.api.team.Curator;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.patronage.ui.internal.common.PatronageTexts;

/**
 * The curators tab: every term the case has had (regulation 003 sections 2.2 and 3.1: internal and external
 * curators, appointed by the director's order), the serving ones first, with the order that appointed each and the
 * order and reason that ended the term. The director appoints a curator here, and replaces or releases a serving
 * one by order.
 */
class CuratorsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient CasePage page;

    CuratorsPanel(CasePage page) {
        this.page = page;
        setId("patronage-curators");
        setPadding(false);
        if (page.patronageCase().open()) {
            ApprovalStep appointer = page.appointer();
            Paragraph who = new Paragraph(getTranslation("patronage.ui.curator.appointer", appointer.position(),
                    appointer.holders().isEmpty() ? getTranslation("patronage.ui.curator.appointer.nobody")
                            : String.join(", ", appointer.holders())));
            who.setId("patronage-curators-appointer");
            add(who);
        }
        if (page.appoints()) {
            Button appoint = Forms.primary("patronage-appoint-curator", "patronage.ui.curator.appoint",
                    () -> new CuratorDialog(page, null).open());
            appoint.setIcon(VaadinIcon.PLUS.create());
            add(appoint);
        }
        if (page.patronageCase().open() && page.patronageCase().curators().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("patronage.ui.curator.noneServing"));
            none.setId("patronage-curators-none");
            none.getStyle().set("color", "var(--lumo-error-text-color)");
            add(none);
        }
        add(grid());
    }

    private Grid<Curator> grid() {
        Grid<Curator> grid = Grids.grid("patronage-curators-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grids.column(grid, c -> PatronageTexts.kind(c.kind()), "patronage.ui.curator.kind");
        Grids.column(grid, Curator::name, "patronage.ui.curator.name");
        Grids.column(grid, Curator::organisation, "patronage.ui.curator.organisation");
        Grids.column(grid, c -> OrderPicker.reference(c.orderNumber(), c.orderDate()), "patronage.ui.curator.order");
        Grids.column(grid, c -> Dates.format(c.from()), "patronage.ui.curator.from");
        Grids.column(grid, c -> Dates.format(c.to()), "patronage.ui.curator.to");
        Grids.column(grid, c -> OrderPicker.reference(c.endOrderNumber(), c.endOrderDate()),
                "patronage.ui.curator.endOrder");
        Grids.column(grid, c -> PatronageTexts.endReason(c.endReason()), "patronage.ui.curator.endReason");
        if (page.appoints()) {
            grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(page.curators());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("patronage.ui.curator.none"));
        return grid;
    }

    /** Replace and release, for a serving curator. */
    private Component actions(Curator c) {
        HorizontalLayout box = new HorizontalLayout();
        box.setSpacing(false);
        if (CasePage.serving(c)) {
            box.add(Forms.rowButton("patronage-curator-replace-" + c.id(), VaadinIcon.EXCHANGE,
                    "patronage.ui.curator.replace", () -> new CuratorDialog(page, c).open()),
                    Forms.rowButton("patronage-curator-release-" + c.id(), VaadinIcon.SIGN_OUT,
                            "patronage.ui.curator.release", () -> new ReleaseDialog(page, c).open()));
        }
        return box;
    }
}
