package org.opora.consilium.ui.internal.referral;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.core.kit.Dates;

/**
 * The path of the referral so far (regulation 002): filed, taken note of by the administration, referred to a
 * psychologist, examined, put on the agenda of an unplanned meeting and discussed — or withdrawn. The meeting is a
 * link only for readers who may see the findings; the others are told when, not what was decided.
 */
class ReferralTimeline extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final OrderedList steps = new OrderedList();

    ReferralTimeline(Referral r) {
        setId("referral-timeline");
        setPadding(false);
        steps.setId("referral-steps");
        step("filed", text("filed", Dates.format(r.filedOn()), r.filedByName()));
        if (r.acknowledgedOn() != null) {
            step("acknowledged", text("acknowledged", Dates.format(r.acknowledgedOn()), r.acknowledgedBy()));
        }
        if (!r.examinerName().isEmpty()) {
            step("examiner", text("examiner", r.examinerName()));
        }
        if (r.examinedOn() != null) {
            step("examined", text("examined", Dates.format(r.examinedOn())));
        }
        if (r.meetingId() != null) {
            meeting(r);
        }
        if (r.status() == ReferralStatus.WITHDRAWN) {
            step("withdrawn", text("withdrawn", r.closingNote()));
        } else if (r.status() == ReferralStatus.FILED) {
            step("pending", text("pending"));
        }
        add(new H3(getTranslation("consilium.ui.referral.timeline")), steps);
    }

    private void meeting(Referral r) {
        String key = r.status() == ReferralStatus.DISCUSSED ? "discussed" : "scheduled";
        ListItem item = step(key, text(key, r.meetingNumber(), Dates.format(r.meetingDate())));
        if (r.findingsVisible()) {
            item.add(new Span(" "), ReferralTexts.link("referral-meeting-link", ReferralTexts.meetingHref(
                    r.meetingId()), getTranslation("consilium.ui.referral.step.openMeeting")));
        }
    }

    private String text(String step, Object... params) {
        return getTranslation("consilium.ui.referral.step." + step, params);
    }

    private ListItem step(String name, String text) {
        ListItem item = new ListItem(new Span(text));
        item.setId("referral-step-" + name);
        steps.add(item);
        return item;
    }
}
