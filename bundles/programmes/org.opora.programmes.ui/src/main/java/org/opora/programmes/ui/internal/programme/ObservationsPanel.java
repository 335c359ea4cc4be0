package org.opora.programmes.ui.internal.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.programmes.api.programme.Observation;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.ui.internal.common.ProgrammeTexts;
import org.opora.platform.ui.api.Notifications;

/**
 * The curator's observations (regulation 002: the curator follows the changes in the pupil's state and the
 * programme's effectiveness): what was noted on which day, and, for the curator, a form to note more.
 */
class ObservationsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final int TEXT_MAX = 4000;

    private final transient ProgrammePage page;
    private final DatePicker date = Dates.picker("observation-date", "programmes.ui.observations.date");
    private final TextArea text = Forms.field(new TextArea(), "observation-text", "programmes.ui.observations.text");

    ObservationsPanel(ProgrammePage page) {
        this.page = page;
        setId("programme-observations");
        setPadding(false);
        Programme p = page.programme();
        List<Observation> notes = Failures.read(() -> page.services().plan().observations(p.id()), List.of());
        Grid<Observation> grid = Grids.grid("observations-grid");
        Grids.column(grid, o -> Dates.format(o.date()), "programmes.ui.observations.date");
        Grids.column(grid, Observation::text, "programmes.ui.observations.text").setFlexGrow(3).setAutoWidth(false);
        Grids.column(grid, Observation::byName, "programmes.ui.observations.by");
        Grids.column(grid, o -> ProgrammeTexts.moment(o.recordedAt()), "programmes.ui.observations.recordedAt");
        grid.setItems(notes);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("programmes.ui.observations.none"));
        add(grid);
        if (page.curator() && p.state().active()) {
            date.setValue(LocalDate.now());
            Dates.max(date, LocalDate.now());
            text.setMaxLength(TEXT_MAX);
            text.setWidthFull();
            add(Forms.form(date, text), Forms.primary("observation-save", "programmes.ui.observations.add",
                    this::save));
        }
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("on", date, "date", date, "text", text);
        Failures.clear(fields);
        if (date.getValue() == null) {
            // no day to send: the day and an empty text marked here, at once
            Failures.required(date);
            if (text.getValue().isBlank()) {
                Failures.required(text);
            }
            return;
        }
        // the service names the day out of range and the empty text at once
        Failures.on(fields).run(() -> {
            page.services().plan().observe(page.programme().id(), date.getValue(), text.getValue().strip());
            Notifications.success(getTranslation("programmes.ui.observations.saved"));
            page.reload().run();
        });
    }
}
