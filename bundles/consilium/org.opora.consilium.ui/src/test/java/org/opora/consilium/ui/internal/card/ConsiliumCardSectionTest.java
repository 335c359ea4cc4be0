package org.opora.consilium.ui.internal.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.ConsiliumSettings;
import org.opora.consilium.api.link.AgendaReason;
import org.opora.consilium.api.meeting.MeetingKind;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.consilium.api.meeting.PupilDiscussion;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralQuery;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.consilium.ui.internal.fake.Data;
import org.opora.consilium.ui.internal.fake.FakeConsilium;
import org.opora.consilium.ui.internal.fake.FakeMeetings;
import org.opora.consilium.ui.internal.fake.FakeReferrals;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.ui.testing.TestUi;

class ConsiliumCardSectionTest {

    private final List<String> calls = new ArrayList<>();
    private List<Referral> referralList = List.of(Data.referral(7, ReferralStatus.DISCUSSED, true));
    private boolean meetingsDenied;
    private final FakeReferrals referrals = new FakeReferrals() {
        @Override
        public List<Referral> find(ReferralQuery query, int offset, int limit) {
            calls.add("referrals " + query.scope() + " " + query.status() + " " + query.pupilId());
            return referralList;
        }
    };
    private final FakeMeetings meetings = new FakeMeetings() {
        @Override
        public List<PupilDiscussion> discussionsOf(long pupilId) {
            calls.add("discussions " + pupilId);
            if (meetingsDenied) {
                throw new AccessDeniedException(ConsiliumPermissions.MEETING_READ_ALL);
            }
            return List.of(new PupilDiscussion(9, "3", LocalDate.of(2026, 10, 15), MeetingKind.UNPLANNED,
                    MeetingStatus.FINALISED, 21, AgendaReason.REFERRAL, List.of("recommendations")));
        }
    };
    private final FakeConsilium consilium = new FakeConsilium() {
        @Override
        public ConsiliumSettings settings(Locale locale) {
            return Data.settings(true);
        }
    };

    @BeforeEach
    void ui() {
        TestUi.open();
    }

    @AfterEach
    void close() {
        TestUi.close();
    }

    private void open() {
        UI.getCurrent().add(new ConsiliumCardSection(referrals, meetings, consilium).create(1));
        TestUi.roundTrip();
    }

    @Test
    void theTabListsThePupilsReferralsAndMeetingsWithLinks() {
        open();
        assertEquals(List.of("referrals ALL null 1", "discussions 1"), calls);
        assertEquals("consilium/referral/7", TestUi.find("consilium-card-referral-7", Anchor.class).getHref());
        assertEquals("consilium/meeting/9", TestUi.find("consilium-card-meeting-9", Anchor.class).getHref());
        assertFalse(TestUi.ids().contains("consilium-card-nothing"));
    }

    @Test
    void anEmptyListSaysSo() {
        referralList = List.of();
        open();
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("consilium-card-referrals", "consilium-card-meetings")), ids.toString());
        assertFalse(ids.stream().anyMatch(id -> id.startsWith("consilium-card-referral-")), ids.toString());
    }

    @Test
    void whoSeesNothingIsToldInOneSentence() {
        referralList = List.of();
        meetingsDenied = true;
        open();
        Set<String> ids = TestUi.ids();
        assertTrue(ids.contains("consilium-card-nothing"), ids.toString());
        assertFalse(ids.contains("consilium-card-referrals") || ids.contains("consilium-card-meetings"),
                ids.toString());
    }
}
