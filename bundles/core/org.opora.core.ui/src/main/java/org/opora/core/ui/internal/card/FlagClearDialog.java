package org.opora.core.ui.internal.card;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;

import org.opora.core.api.pupil.FlagPeriod;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;

/** Clears a status flag on a day; the period it closes stays in the history. */
class FlagClearDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    FlagClearDialog(PupilService pupils, long pupilId, FlagPeriod period, String label, Runnable onCleared) {
        setId("flag-clear-dialog");
        setHeaderTitle(getTranslation("core.ui.flags.clearTitle", label));
        DatePicker on = Dates.picker("flag-clear-date", "core.ui.flags.clearedOn");
        on.setValue(LocalDate.now());
        Dates.min(on, period.setOn());
        Dates.max(on, LocalDate.now());
        on.setRequired(true);
        add(on);
        getFooter().add(Forms.button("flag-clear-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("flag-clear-save", "core.ui.flags.clear", () -> {
                    if (on.getValue() == null) {
                        on.setInvalid(true);
                        return;
                    }
                    Failures.on(Map.of("on", on, "clearedOn", on), onCleared).run(() -> {
                        pupils.clearFlag(pupilId, period.flag(), on.getValue());
                        Notifications.success(getTranslation("core.ui.flags.wasCleared", label));
                        close();
                        onCleared.run();
                    });
                }));
    }
}
