package org.opora.consilium.ui.internal.composition;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;

import org.opora.core.api.staff.BodyMember;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;

/** Takes a member out of the consilium on a day, their last day as a member; the appointment stays in the history. */
class EndMembershipDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    EndMembershipDialog(CompositionView.Services services, BodyMember member, Runnable onSaved) {
        setId("member-end-dialog");
        setHeaderTitle(getTranslation("consilium.ui.composition.endOf", member.staffName()));
        DatePicker to = Dates.picker("member-end-date", "consilium.ui.composition.lastDay");
        to.setValue(LocalDate.now());
        Dates.min(to, member.from());
        add(to);
        getFooter().add(Forms.button("member-end-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("member-end-save", "consilium.ui.composition.end", () -> {
                    Failures.clear(Map.of("to", to));
                    if (to.getValue() == null) {
                        Failures.required(to);
                        return;
                    }
                    Failures.on(Map.of("to", to)).run(() -> {
                        services.consilium().endMembership(member.id(), to.getValue());
                        Notifications.success(getTranslation("consilium.ui.composition.ended", member.staffName()));
                        close();
                        onSaved.run();
                    });
                }));
    }
}
