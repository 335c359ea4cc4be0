package org.opora.teachersupport.ui.internal.card;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Grids;
import org.opora.core.kit.Marks;
import org.opora.teachersupport.api.record.SupportService;
import org.opora.teachersupport.api.record.SupportSummary;
import org.opora.teachersupport.ui.internal.common.SupportTexts;

/**
 * The staff card's methodological-support tab: the teacher's support records the user may read, newest first, each
 * linking to its page with the day of the decision, the lead, the status and the number of problems.
 */
class TeacherSupportCard extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    TeacherSupportCard(SupportService records, long staffId) {
        setId("ts-card");
        setPadding(false);
        List<SupportSummary> list = Failures.read(() -> records.ofTeacher(staffId), List.<SupportSummary>of());
        if (list.isEmpty()) {
            Paragraph nothing = new Paragraph(getTranslation("teachersupport.ui.card.nothing"));
            nothing.setId("ts-card-nothing");
            add(nothing);
            return;
        }
        Grid<SupportSummary> grid = Grids.grid("ts-card-grid");
        grid.addComponentColumn(s -> Marks.link("ts-card-record-" + s.id(), SupportTexts.recordHref(s.id()),
                getTranslation("teachersupport.ui.card.link", Dates.format(s.decidedOn()))))
                .setHeader(getTranslation("teachersupport.ui.card.record")).setAutoWidth(true);
        Grids.column(grid, SupportSummary::lead, "teachersupport.ui.records.lead");
        grid.addComponentColumn(s -> SupportTexts.status("ts-card-status-" + s.id(), s.status()))
                .setHeader(getTranslation("teachersupport.ui.records.status")).setAutoWidth(true);
        Grids.column(grid, SupportSummary::problems, "teachersupport.ui.records.problems");
        Grids.column(grid, s -> Dates.format(s.concludedOn()), "teachersupport.ui.records.concluded");
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
