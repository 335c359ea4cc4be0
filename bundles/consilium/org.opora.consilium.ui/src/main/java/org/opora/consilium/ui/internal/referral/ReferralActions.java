package org.opora.consilium.ui.internal.referral;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.ui.api.Notifications;

/**
 * The administration's and the filer's actions on a referral, shown only while they make sense: taking note until
 * it is taken, naming the psychologist and withdrawing while the pupil awaits the examination. The service checks
 * each of them again.
 */
class ReferralActions extends FlexLayout {

    private static final long serialVersionUID = 1L;

    private final transient ReferralView.Services services;
    private final transient Runnable reload;
    private final transient Referral referral;

    ReferralActions(ReferralView.Services services, Referral referral, Runnable reload) {
        this.services = services;
        this.referral = referral;
        this.reload = reload;
        setId("referral-actions");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)");
        OporaUser user = services.security().requireUser();
        boolean receive = user.has(ConsiliumPermissions.REFERRAL_RECEIVE);
        boolean filed = referral.status() == ReferralStatus.FILED;
        if (receive && referral.acknowledgedOn() == null && referral.status() != ReferralStatus.WITHDRAWN) {
            Button ack = Forms.primary("referral-acknowledge", "consilium.ui.referral.acknowledge",
                    this::acknowledge);
            ack.setIcon(VaadinIcon.CHECK.create());
            add(ack);
        }
        if (receive && filed) {
            Button examiner = Forms.button("referral-examiner", "consilium.ui.referral.assignExaminer",
                    () -> new ExaminerDialog(services.referrals(), referral, reload).open());
            examiner.setIcon(VaadinIcon.USER_CHECK.create());
            add(examiner);
        }
        // the filer withdraws their own referral while they still file referrals, as the service checks
        boolean own = user.has(ConsiliumPermissions.REFERRAL_FILE) && user.username().equals(referral.filedBy());
        if (filed && (receive || own)) {
            Button withdraw = Forms.button("referral-withdraw", "consilium.ui.referral.withdraw",
                    () -> new WithdrawDialog(services.referrals(), referral, reload).open());
            withdraw.setIcon(VaadinIcon.CLOSE_CIRCLE_O.create());
            add(withdraw);
        }
    }

    private void acknowledge() {
        Failures.on(Map.of(), reload).run(() -> {
            services.referrals().acknowledge(referral.id(), referral.version());
            Notifications.success(getTranslation("consilium.ui.referral.acknowledged"));
            reload.run();
        });
    }
}
