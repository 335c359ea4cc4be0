package org.opora.core.ui.internal.structure;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;

import org.opora.core.api.staff.BodyMember;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;

/** Ends a membership on a day, the last day as a member; the membership stays in the body's history. */
class EndMembershipDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    EndMembershipDialog(ServiceView.Services services, BodyMember member, Runnable onSaved) {
        setId("member-end-dialog");
        setHeaderTitle(getTranslation("core.ui.service.endMembershipOf", member.staffName()));
        DatePicker to = Dates.picker("member-end-date", "core.ui.service.lastDay");
        to.setValue(LocalDate.now());
        Dates.min(to, member.from());
        add(to);
        getFooter().add(Forms.button("member-end-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("member-end-save", "core.ui.service.endMembership", () -> {
                    if (to.getValue() == null) {
                        Failures.required(to);
                        return;
                    }
                    Failures.on(Map.of("to", to)).run(() -> {
                        services.structure().endMembership(member.id(), to.getValue());
                        Notifications.success(getTranslation("core.ui.service.membershipEnded", member.staffName()));
                        close();
                        onSaved.run();
                    });
                }));
    }
}
