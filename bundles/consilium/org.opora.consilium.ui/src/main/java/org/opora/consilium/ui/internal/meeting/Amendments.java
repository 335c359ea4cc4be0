package org.opora.consilium.ui.internal.meeting;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Amendment;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;

/** The amendments of a finalised protocol as a list, and the reason input every amendment asks for. */
final class Amendments {

    private Amendments() {
    }

    /** The required reason of an amendment ({@code amend-reason}). */
    static TextArea reason() {
        TextArea reason = Forms.field(new TextArea(), "amend-reason", "consilium.ui.meeting.amend.reason");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText(UI.getCurrent().getTranslation("consilium.ui.meeting.amend.reason.help"));
        return reason;
    }

    /** When, who, what (the conclusion or a pupil), why and the previous text, oldest first as the service lists. */
    static Grid<Amendment> list(List<Amendment> amendments, List<AgendaItem> agenda) {
        UI ui = UI.getCurrent();
        Grid<Amendment> grid = Grids.grid("protocol-amendments");
        Grids.column(grid, a -> MeetingTexts.moment(a.at()), "consilium.ui.meeting.amend.at");
        Grids.column(grid, Amendment::byName, "consilium.ui.meeting.amend.by");
        Grids.column(grid, a -> a.itemId() == null ? ui.getTranslation("consilium.ui.meeting.amend.ofConclusion")
                : agenda.stream().filter(i -> i.id() == a.itemId()).map(AgendaItem::pupilName).findFirst()
                        .orElse(""), "consilium.ui.meeting.amend.what");
        Grids.column(grid, Amendment::reason, "consilium.ui.meeting.amend.reason").setFlexGrow(2);
        Grids.column(grid, Amendment::change, "consilium.ui.meeting.amend.change").setFlexGrow(3);
        grid.setItems(amendments);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(ui.getTranslation("consilium.ui.meeting.amend.none"));
        return grid;
    }
}
