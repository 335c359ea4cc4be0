package org.opora.consilium.ui.internal.card;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.ConsiliumSettings;
import org.opora.consilium.api.meeting.ProtocolService;
import org.opora.consilium.api.meeting.PupilDiscussion;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralQuery;
import org.opora.consilium.api.referral.ReferralService;
import org.opora.consilium.ui.internal.referral.ReferralTexts;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Grids;
import org.opora.platform.api.security.AccessDeniedException;

/**
 * The consilium tab of one pupil's card: the referrals about the pupil and the meetings that discussed them, each
 * with a link to its page. A user who may see neither is told so in one sentence.
 */
class ConsiliumCard extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    /** A pupil has a handful of referrals; the tab shows the newest ones. */
    private static final int MAX_REFERRALS = 100;

    /** The services the tab calls. */
    record Services(ReferralService referrals, ProtocolService protocol, ConsiliumService consilium) {
    }

    ConsiliumCard(Services services, long pupilId) {
        setId("consilium-card");
        setPadding(false);
        List<Referral> referrals = visible(() -> services.referrals().find(
                new ReferralQuery(ReferralQuery.Scope.ALL, null, pupilId), 0, MAX_REFERRALS));
        List<PupilDiscussion> meetings = visible(() -> services.protocol().discussionsOf(pupilId));
        if (referrals.isEmpty() && meetings.isEmpty()) {
            Paragraph nothing = new Paragraph(getTranslation("consilium.ui.card.nothing"));
            nothing.setId("consilium-card-nothing");
            add(nothing);
            return;
        }
        ConsiliumSettings settings = ReferralTexts.settings(services.consilium());
        add(new H4(getTranslation("consilium.ui.card.referrals")), referrals(referrals, settings),
                new H4(getTranslation("consilium.ui.card.meetings")), meetings(meetings, settings));
    }

    /** What the user may see; a refusal means nothing to show, any other failure is reported. */
    private static <T> List<T> visible(Supplier<List<T>> read) {
        try {
            return read.get();
        } catch (AccessDeniedException e) {
            return List.of();
        } catch (RuntimeException e) {
            Failures.show(e);
            return List.of();
        }
    }

    private Grid<Referral> referrals(List<Referral> items, ConsiliumSettings settings) {
        Grid<Referral> grid = Grids.grid("consilium-card-referrals");
        grid.addComponentColumn(r -> ReferralTexts.link("consilium-card-referral-" + r.id(),
                ReferralTexts.referralHref(r.id()), Dates.format(r.filedOn())))
                .setHeader(getTranslation("consilium.ui.referral.filedOn")).setAutoWidth(true);
        Grids.column(grid, Referral::filedByName, "consilium.ui.referral.filedBy");
        Grids.column(grid, r -> ReferralTexts.signs(settings, r.signs()), "consilium.ui.referral.signs")
                .setFlexGrow(2).setAutoWidth(false);
        Grids.column(grid, ReferralTexts::status, "consilium.ui.referral.status");
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("consilium.ui.card.noReferrals"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ReferralTexts.referralHref(e.getItem().id())));
        return grid;
    }

    private Grid<PupilDiscussion> meetings(List<PupilDiscussion> items, ConsiliumSettings settings) {
        Grid<PupilDiscussion> grid = Grids.grid("consilium-card-meetings");
        grid.addComponentColumn(d -> ReferralTexts.link("consilium-card-meeting-" + d.meetingId(),
                ReferralTexts.meetingHref(d.meetingId()), getTranslation("consilium.ui.card.meetingNumber",
                        d.number(), Dates.format(d.date()))))
                .setHeader(getTranslation("consilium.ui.card.meeting")).setAutoWidth(true);
        Grids.column(grid, d -> getTranslation("consilium.ui.card.kind." + d.kind().name()),
                "consilium.ui.card.kind");
        Grids.column(grid, d -> getTranslation("consilium.ui.card.reason." + d.reason().name()),
                "consilium.ui.card.reason");
        Grids.column(grid, d -> getTranslation("consilium.ui.card.meetingStatus." + d.status().name()),
                "consilium.ui.card.meetingStatus");
        Grids.column(grid, d -> String.join(", ", d.decisions().stream()
                .map(c -> ConsiliumSettings.label(settings.decisionTypes(), c)).toList()),
                "consilium.ui.card.decisions").setFlexGrow(2).setAutoWidth(false);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("consilium.ui.card.noMeetings"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ReferralTexts.meetingHref(e.getItem().meetingId())));
        return grid;
    }
}
