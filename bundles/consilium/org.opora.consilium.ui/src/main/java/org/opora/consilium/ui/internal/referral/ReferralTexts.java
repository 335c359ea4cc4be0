package org.opora.consilium.ui.internal.referral;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;

import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.ConsiliumSettings;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.core.api.staff.Bodies;
import org.opora.core.kit.Failures;

/**
 * How the consilium's views show a referral: the labels of its signs, its status as the reader may know it, and
 * links to the referral and the meeting pages.
 */
public final class ReferralTexts {

    /** Route of the page of one referral; the id follows, e.g. {@code consilium/referral/12}. */
    public static final String REFERRAL_ROUTE = "consilium/referral";
    /** Route of the page of one meeting (written by the meeting views); the id follows. */
    public static final String MEETING_ROUTE = "consilium/meeting";

    private ReferralTexts() {
    }

    /**
     * The settings with the lists labelled in the UI's language; when the service refuses, the user sees why and
     * the view shows codes instead of labels.
     */
    public static ConsiliumSettings settings(ConsiliumService consilium) {
        Locale locale = UI.getCurrent().getLocale();
        return Failures.read(() -> consilium.settings(locale),
                new ConsiliumSettings(Bodies.CONSILIUM, true, true, 5, List.of(), List.of(), List.of(), List.of()));
    }

    /** The labels of the sign codes, separated by commas. */
    public static String signs(ConsiliumSettings settings, List<String> codes) {
        return String.join(", ", codes.stream().map(c -> ConsiliumSettings.label(settings.signs(), c)).toList());
    }

    /**
     * The status in the reader's language. A reader who may not see the findings reads a finished examination as
     * "examined", whatever its conclusion (the service already hides a negative one behind {@code CONFIRMED}).
     */
    public static String status(Referral r) {
        UI ui = UI.getCurrent();
        if (!r.findingsVisible() && r.status() == ReferralStatus.CONFIRMED) {
            return ui.getTranslation("consilium.ui.referral.status.EXAMINED");
        }
        return ui.getTranslation("consilium.ui.referral.status." + r.status().name());
    }

    /** A link inside the application that the router follows without reloading the page. */
    public static Anchor link(String id, String href, String text) {
        Anchor a = new Anchor(href, text);
        a.setId(id);
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    /** The address of a referral's page. */
    public static String referralHref(long referralId) {
        return REFERRAL_ROUTE + "/" + referralId;
    }

    /** The address of a meeting's page. */
    public static String meetingHref(long meetingId) {
        return MEETING_ROUTE + "/" + meetingId;
    }
}
