package org.opora.consilium.ui.internal.referral;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;

import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralService;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.StaffPicker;
import org.opora.platform.ui.api.Notifications;

/**
 * The administration refers the pupil to one educational psychologist for the additional examination; left empty,
 * any examiner may take it.
 */
class ExaminerDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    ExaminerDialog(ReferralService referrals, Referral referral, Runnable onSaved) {
        setId("examiner-dialog");
        setHeaderTitle(getTranslation("consilium.ui.referral.assignExaminer"));
        setWidth("36em");
        List<StaffMember> examiners = Failures.read(referrals::examiners, List.of());
        ComboBox<StaffMember> staff = Forms.field(new ComboBox<>(), "examiner-staff",
                "consilium.ui.referral.examiner");
        staff.setItems(examiners);
        staff.setItemLabelGenerator(StaffPicker::label);
        staff.setClearButtonVisible(true);
        staff.setHelperText(getTranslation("consilium.ui.referral.examiner.help"));
        staff.setWidthFull();
        examiners.stream().filter(s -> referral.examinerId() != null && s.id() == referral.examinerId())
                .findFirst().ifPresent(staff::setValue);
        add(staff);
        getFooter().add(Forms.button("examiner-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("examiner-save", "core.kit.common.save", () -> {
                    Failures.clear(Map.of("staffId", staff));
                    Failures.on(Map.of("staffId", staff), () -> {
                        close();
                        onSaved.run();
                    }).run(() -> {
                        referrals.assignExaminer(referral.id(), referral.version(),
                                staff.getValue() == null ? null : staff.getValue().id());
                        Notifications.success(getTranslation("consilium.ui.referral.examinerAssigned"));
                        close();
                        onSaved.run();
                    });
                }));
    }
}
