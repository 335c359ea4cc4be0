package org.opora.consilium.ui.internal.referral;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;

import org.opora.consilium.api.ConsiliumSettings;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.core.kit.Dates;

/**
 * What the referral says, read-only: the pupil, who filed it and when, the signs and the description, the status,
 * the psychologist and, for readers who may see them, the examination's findings and conclusion.
 */
class ReferralDetails extends FormLayout {

    private static final long serialVersionUID = 1L;

    ReferralDetails(Referral r, ConsiliumSettings settings) {
        setId("referral-info");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        fact("pupil", r.pupilName(), "consilium.ui.referral.pupil", 1);
        fact("class", r.className(), "consilium.ui.referral.class", 1);
        fact("filed", getTranslation("consilium.ui.referral.filedByOn", r.filedByName(), Dates.format(r.filedOn())),
                "consilium.ui.referral.filedBy", 1);
        fact("observed", Dates.format(r.observedOn()), "consilium.ui.referral.observedOn", 1);
        fact("signs", ReferralTexts.signs(settings, r.signs()), "consilium.ui.referral.signs", 2);
        fact("description", r.description(), "consilium.ui.referral.description", 2);
        fact("status", ReferralTexts.status(r), "consilium.ui.referral.status", 1);
        fact("examiner", r.examinerName().isEmpty() ? getTranslation("consilium.ui.referral.anyExaminer")
                : r.examinerName(), "consilium.ui.referral.examiner", 1);
        if (r.findingsVisible() && r.examinedOn() != null) {
            fact("examined", Dates.format(r.examinedOn()), "consilium.ui.referral.examinedOn", 1);
            fact("conclusion", getTranslation(r.status() == ReferralStatus.NOT_CONFIRMED
                    ? "consilium.ui.referral.notConfirmed" : "consilium.ui.referral.confirmed"),
                    "consilium.ui.referral.conclusion", 1);
            fact("findings", r.findings(), "consilium.ui.referral.findings", 2);
        }
        if (!r.closingNote().isEmpty()) {
            fact("closing", r.closingNote(), "consilium.ui.referral.closingNote", 2);
        }
    }

    private void fact(String name, String value, String labelKey, int colspan) {
        Span text = new Span(value);
        text.setId("referral-info-" + name);
        text.getStyle().set("white-space", "pre-line");
        FormItem item = addFormItem(text, getTranslation(labelKey));
        setColspan(item, colspan);
    }
}
