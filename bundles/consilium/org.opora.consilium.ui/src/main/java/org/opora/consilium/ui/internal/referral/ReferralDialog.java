package org.opora.consilium.ui.internal.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.consilium.api.ConsiliumSettings;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralDraft;
import org.opora.consilium.api.referral.ReferralService;
import org.opora.core.api.ListItem;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.PupilPicker;
import org.opora.platform.ui.api.Notifications;

/**
 * Files a referral (regulation 002: a teacher who notices signs of a crisis state, destructive behaviour or their
 * risk refers the pupil for an additional psychological examination): the pupil, the day the signs were noticed,
 * which signs, and what was seen.
 */
class ReferralDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final int DESCRIPTION_MAX = 4000;

    private final transient ReferralService referrals;
    private final transient ConsiliumSettings settings;
    private final transient Runnable onSaved;
    private final ComboBox<Pupil> pupil;
    private final DatePicker observed = Dates.picker("referral-observed", "consilium.ui.referral.observedOn");
    private final CheckboxGroup<ListItem> signs = Forms.field(new CheckboxGroup<>(), "referral-signs",
            "consilium.ui.referral.signs");
    private final TextArea description = Forms.field(new TextArea(), "referral-description",
            "consilium.ui.referral.description");

    ReferralDialog(ReferralService referrals, PupilService pupils, ConsiliumSettings settings, Runnable onSaved) {
        this.referrals = referrals;
        this.settings = settings;
        this.onSaved = onSaved;
        this.pupil = PupilPicker.create(pupils, "referral-pupil", "consilium.ui.referral.pupil");
        setId("referral-dialog");
        setHeaderTitle(getTranslation("consilium.ui.referral.new"));
        setWidth("48em");
        observed.setValue(LocalDate.now());
        Dates.max(observed, LocalDate.now());
        signs.setItems(settings.signs());
        signs.setItemLabelGenerator(ListItem::label);
        signs.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        description.setMaxLength(DESCRIPTION_MAX);
        description.setHelperText(getTranslation("consilium.ui.referral.description.help"));
        description.setMinHeight("8em");
        var form = Forms.form(pupil, observed, signs, description);
        form.setColspan(signs, 2);
        form.setColspan(description, 2);
        add(form);
        getFooter().add(Forms.button("referral-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("referral-save", "consilium.ui.referral.file", this::save));
    }

    private Map<String, HasValidation> fields() {
        return Map.of("pupilId", pupil, "observedOn", observed, "signs", signs, "description", description);
    }

    private void save() {
        Failures.clear(fields());
        List<HasValidation> missing = missing();
        if (!missing.isEmpty()) {
            missing.forEach(Failures::required); // every empty field at once
            return;
        }
        // the signs go in the order of the configured list, not in the order they were ticked
        List<String> codes = settings.signs().stream().filter(signs.getValue()::contains).map(ListItem::code)
                .toList();
        ReferralDraft draft = new ReferralDraft(pupil.getValue().id(), observed.getValue(), codes,
                description.getValue().strip());
        Failures.on(fields()).run(() -> {
            Referral filed = referrals.file(draft);
            Notifications.success(getTranslation("consilium.ui.referral.filed", filed.pupilName()));
            close();
            onSaved.run();
        });
    }

    private List<HasValidation> missing() {
        List<HasValidation> missing = new ArrayList<>();
        if (pupil.getValue() == null) {
            missing.add(pupil);
        }
        if (observed.getValue() == null) {
            missing.add(observed);
        }
        if (signs.getValue().isEmpty()) {
            missing.add(signs);
        }
        if (description.getValue().isBlank()) {
            missing.add(description);
        }
        return missing;
    }
}
