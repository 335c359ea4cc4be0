package org.opora.teachersupport.ui.internal.page;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.api.ReferenceList;
import org.opora.core.kit.Dates;
import org.opora.core.kit.DirectionField;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Labels;
import org.opora.core.kit.Marks;
import org.opora.teachersupport.api.TeacherSupportSettings;
import org.opora.teachersupport.api.help.HelpEntry;
import org.opora.teachersupport.ui.internal.common.SupportTexts;

/**
 * The help tab (regulation 004, 3.3 to 3.5): the forms of help as they happen, by day: consultations with
 * specialists, organised lesson visits with their analysis and recommendations, help preparing for a competition
 * with its level and result, feedback (individual and group interviews, the "free microphone", questionnaires).
 */
class HelpPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient RecordPage page;
    private final transient Labels directions;

    HelpPanel(RecordPage page) {
        this.page = page;
        this.directions = Labels.of(page.services().coreLists(), ReferenceList.DIRECTIONS,
                UI.getCurrent().getLocale());
        setId("ts-help");
        setPadding(false);
        if (page.works()) {
            Button add = Forms.primary("ts-help-add", "teachersupport.ui.help.add",
                    () -> new HelpDialog(page, null).open());
            add.setIcon(VaadinIcon.PLUS.create());
            add(add);
        }
        Grid<HelpEntry> grid = Panels.grid("ts-help-grid", "teachersupport.ui.help.none");
        Panels.fixed(grid.addColumn(h -> Dates.format(h.date())), "teachersupport.ui.help.date", "7rem");
        Panels.text(grid.addComponentColumn(this::form), "teachersupport.ui.help.form", 2);
        Panels.text(grid.addColumn(HelpEntry::providedBy), "teachersupport.ui.help.by", 2);
        Panels.text(grid.addComponentColumn(this::topic), "teachersupport.ui.help.topic", 3);
        Panels.text(grid.addColumn(HelpEntry::content), "teachersupport.ui.help.content", 4);
        Panels.text(grid.addColumn(HelpEntry::recommendations), "teachersupport.ui.help.recommendations", 3);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(Failures.read(() -> page.services().help().help(page.id()), List.<HelpEntry>of()));
        add(grid);
    }

    /** The form of help and, smaller below it, its direction of work (000 §3). */
    private Component form(HelpEntry h) {
        Div direction = new Div(Marks.secondary(getTranslation("teachersupport.ui.help.directionIs",
                DirectionField.label(directions, h.direction()))));
        direction.setId("ts-help-direction-" + h.id());
        return new Div(new Span(TeacherSupportSettings.label(page.settings().helpForms(), h.form())), direction);
    }

    /** The topic; for a competition also its level and result. */
    private Component topic(HelpEntry h) {
        Div cell = new Div(new Span(h.topic()));
        if (h.competitionLevel() != null) {
            Div level = new Div(Marks.secondary(getTranslation("teachersupport.ui.help.competition.value",
                    SupportTexts.label(SupportTexts.LEVEL, h.competitionLevel()),
                    Marks.dash(h.competitionResult()))));
            level.setId("ts-help-competition-" + h.id());
            cell.add(level);
        }
        return cell;
    }

    private Component actions(HelpEntry h) {
        if (!page.works()) {
            return new Span();
        }
        return Forms.rowButton("ts-help-edit-" + h.id(), VaadinIcon.EDIT, "teachersupport.ui.help.edit",
                () -> new HelpDialog(page, h).open());
    }
}
