package org.opora.consilium.ui.internal.referral;

import java.util.Map;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralService;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;

/** Withdraws a referral before the examination; the reason stays with the referral. */
class WithdrawDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    WithdrawDialog(ReferralService referrals, Referral referral, Runnable onSaved) {
        setId("withdraw-dialog");
        setHeaderTitle(getTranslation("consilium.ui.referral.withdraw"));
        setWidth("36em");
        TextArea reason = Forms.field(new TextArea(), "withdraw-reason", "consilium.ui.referral.withdrawReason");
        reason.setWidthFull();
        add(reason);
        getFooter().add(Forms.button("withdraw-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("withdraw-save", "consilium.ui.referral.withdraw", () -> {
                    Failures.clear(Map.of("reason", reason));
                    if (reason.getValue().isBlank()) {
                        Failures.required(reason);
                        return;
                    }
                    Failures.on(Map.of("reason", reason), () -> {
                        close();
                        onSaved.run();
                    }).run(() -> {
                        referrals.withdraw(referral.id(), referral.version(), reason.getValue().strip());
                        Notifications.success(getTranslation("consilium.ui.referral.withdrawn"));
                        close();
                        onSaved.run();
                    });
                }));
    }
}
