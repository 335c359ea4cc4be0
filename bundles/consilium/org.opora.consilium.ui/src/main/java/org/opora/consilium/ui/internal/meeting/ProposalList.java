package org.opora.consilium.ui.internal.meeting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.meeting.AgendaService;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Grids;
import org.opora.core.kit.PupilPicker;

/**
 * The pupils proposed for the agenda of a meeting on a day (confirmed referrals, overdue reviews, programmes due
 * for review), each with a check box; every proposal is checked until the user unchecks it.
 */
class ProposalList extends Grid<AgendaProposal> {

    private static final long serialVersionUID = 1L;

    private final transient AgendaService agenda;
    private final transient PupilService pupils;
    private final transient Map<Long, String> names = new HashMap<>();

    ProposalList(AgendaService agenda, PupilService pupils) {
        this.agenda = agenda;
        this.pupils = pupils;
        setId("meeting-proposals");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setSelectionMode(SelectionMode.MULTI);
        Grids.column(this, p -> pupil(p.pupilId()), "consilium.ui.meeting.pupil").setFlexGrow(2);
        Grids.column(this, p -> MeetingTexts.reason(p.reason()), "consilium.ui.meeting.reason");
        Grids.column(this, AgendaProposal::note, "consilium.ui.meeting.note").setFlexGrow(2);
        Grids.column(this, p -> Dates.format(p.due()), "consilium.ui.meeting.due");
        setEmptyStateText(getTranslation("consilium.ui.meeting.proposals.none"));
        setAllRowsVisible(true);
    }

    /** Reads the proposals for a meeting on the day and checks them all. */
    void load(LocalDate day) {
        show(day == null ? List.of() : Failures.read(() -> agenda.proposals(day), List.of()));
    }

    /**
     * Loads the proposals for the day a form's date input holds; a day the service refuses (outside the academic
     * years around today) is marked on that input, in words, with no proposals listed.
     */
    void load(LocalDate day, HasValidation date) {
        date.setInvalid(false);
        date.setErrorMessage(null);
        show(day == null ? List.of()
                : Failures.on(Map.of("date", date)).get(() -> agenda.proposals(day)).orElse(List.of()));
    }

    private void show(List<AgendaProposal> proposals) {
        setItems(proposals);
        asMultiSelect().select(proposals);
    }

    /** The proposals still checked, in the order shown. */
    List<AgendaProposal> checked() {
        Set<AgendaProposal> selected = getSelectedItems();
        return getGenericDataView().getItems().filter(selected::contains).toList();
    }

    /** "Surname Name, 7B", read once per pupil; the id when the pupil cannot be read. */
    private String pupil(long pupilId) {
        return names.computeIfAbsent(pupilId, id -> {
            try {
                Pupil p = pupils.get(id);
                return PupilPicker.label(p);
            } catch (RuntimeException e) {
                return "#" + id;
            }
        });
    }
}
