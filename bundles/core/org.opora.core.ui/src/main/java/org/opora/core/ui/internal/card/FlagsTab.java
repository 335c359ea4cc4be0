package org.opora.core.ui.internal.card;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.api.ListItem;
import org.opora.core.api.pupil.FlagPeriod;
import org.opora.core.api.pupil.PupilCard;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.Labels;
import org.opora.platform.ui.api.Notifications;

/**
 * The status tab (for users with {@code core.pupil.flags}): the flags applying today as badges and every period with
 * who set and cleared it. Those who may edit the pupil set a flag from a day and clear one on a day; the history
 * stays.
 */
class FlagsTab extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient PupilService pupils;
    private final transient Labels flags;
    private final transient Runnable reload;
    private final long pupilId;

    FlagsTab(PupilService pupils, PupilCard card, Labels flags, Runnable reload) {
        this.pupils = pupils;
        this.flags = flags;
        this.reload = reload;
        this.pupilId = card.pupil().id();
        setId("pupil-flags");
        setPadding(false);
        List<FlagPeriod> active = card.activeFlags(LocalDate.now());
        add(badges(active));
        if (card.editable()) {
            add(setForm(active.stream().map(FlagPeriod::flag).collect(Collectors.toSet())));
        }
        add(new H4(getTranslation("core.ui.flags.history")), history(card));
    }

    private HorizontalLayout badges(List<FlagPeriod> active) {
        HorizontalLayout box = new HorizontalLayout();
        box.setId("pupil-active-flags");
        box.getStyle().set("flex-wrap", "wrap");
        if (active.isEmpty()) {
            box.add(new Span(getTranslation("core.ui.flags.none")));
        }
        for (FlagPeriod f : active) {
            Span badge = new Span(flags.label(f.flag()));
            badge.setId("pupil-flag-" + f.flag());
            badge.getElement().getThemeList().add("badge");
            badge.setTitle(getTranslation("core.ui.flags.since", Dates.format(f.setOn())));
            box.add(badge);
        }
        return box;
    }

    private com.vaadin.flow.component.Component setForm(Set<String> applying) {
        ComboBox<ListItem> flag = Forms.field(new ComboBox<>(), "flag-code", "core.ui.flags.flag");
        flag.setItems(flags.items().stream().filter(i -> !applying.contains(i.code())).toList());
        flag.setItemLabelGenerator(ListItem::label);
        DatePicker on = Dates.picker("flag-date", "core.ui.flags.setOn");
        on.setValue(LocalDate.now());
        Dates.max(on, LocalDate.now());
        TextField note = Forms.field(new TextField(), "flag-note", "core.ui.flags.note");
        note.setHelperText(getTranslation("core.ui.flags.note.help"));
        Map<String, HasValidation> fields = Map.of("flag", flag, "on", on, "setOn", on, "note", note);
        var set = Forms.primary("flag-set", "core.ui.flags.set", () -> {
            Failures.clear(fields);
            // every empty required input is marked at once
            if (flag.getValue() == null) {
                Failures.required(flag);
            }
            if (on.getValue() == null) {
                Failures.required(on);
            }
            if (flag.getValue() == null || on.getValue() == null) {
                return;
            }
            Failures.on(fields, reload).run(() -> {
                pupils.setFlag(pupilId, flag.getValue().code(), on.getValue(), note.getValue());
                Notifications.success(getTranslation("core.ui.flags.wasSet", flag.getValue().label()));
                reload.run();
            });
        });
        return Forms.bar(flag, on, note, set);
    }

    private Grid<FlagPeriod> history(PupilCard card) {
        Grid<FlagPeriod> grid = Grids.grid("flags-grid");
        Grids.column(grid, f -> flags.label(f.flag()), "core.ui.flags.flag");
        Grids.column(grid, f -> Dates.format(f.setOn()), "core.ui.flags.setOn");
        Grids.column(grid, f -> Dates.format(f.clearedOn()), "core.ui.flags.clearedOn");
        Grids.column(grid, FlagPeriod::note, "core.ui.flags.note").setFlexGrow(2);
        Grids.column(grid, FlagPeriod::setBy, "core.ui.flags.setBy");
        Grids.column(grid, FlagPeriod::clearedBy, "core.ui.flags.clearedBy");
        if (card.editable()) {
            grid.addComponentColumn(f -> f.open()
                    ? Forms.rowButton("flag-clear-" + f.flag(), VaadinIcon.CLOSE_CIRCLE_O, "core.ui.flags.clear",
                            () -> new FlagClearDialog(pupils, pupilId, f, flags.label(f.flag()), reload).open())
                    : new Span()).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(card.flags());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("core.ui.flags.noHistory"));
        return grid;
    }
}
