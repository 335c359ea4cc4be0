package org.opora.consilium.ui.internal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.link.AgendaReason;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingDraft;
import org.opora.consilium.api.meeting.MeetingQuery;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.consilium.ui.internal.fake.Data;
import org.opora.consilium.ui.internal.fake.FakeConsilium;
import org.opora.consilium.ui.internal.fake.FakeMeetings;
import org.opora.core.api.staff.Bodies;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.ui.testing.FakePupils;
import org.opora.core.ui.testing.FakeSchool;
import org.opora.core.ui.testing.FakeStaff;
import org.opora.platform.ui.testing.TestUi;

class MeetingsViewTest {

    private final List<String> calls = new ArrayList<>();
    private final List<Long> opened = new ArrayList<>();
    private final Meeting meeting = Data.meeting(MeetingStatus.PREPARATION);
    private final AgendaProposal referral = new AgendaProposal(1, AgendaReason.REFERRAL, 21L, "", "confirmed", null);
    private final AgendaProposal review = new AgendaProposal(2, AgendaReason.PROGRAMME_REVIEW, null,
            "programme:42", "programme ends", LocalDate.of(2026, 11, 1));
    private boolean canCreate;
    private final FakeMeetings meetings = new FakeMeetings() {
        @Override
        public List<Meeting> find(MeetingQuery q, int offset, int limit) {
            calls.add("find " + q.academicYear() + " " + q.status() + " " + q.kind());
            return List.of(meeting);
        }

        @Override
        public int count(MeetingQuery q) {
            return 1;
        }

        @Override
        public List<AgendaProposal> proposals(LocalDate day) {
            calls.add("proposals");
            return List.of(referral, review);
        }

        @Override
        public void check(MeetingDraft d) {
            calls.add("check " + d.kind() + " " + d.place());
            throw new org.opora.core.api.ValidationException("place", "core.error.required");
        }

        @Override
        public Meeting create(MeetingDraft d) {
            calls.add("create " + d.kind() + " " + d.place() + " " + d.chairId() + " " + d.secretaryId());
            return meeting;
        }

        @Override
        public AgendaItem addItem(long meetingId, AgendaProposal p) {
            calls.add("addItem " + meetingId + " " + p.pupilId() + " " + p.reason());
            return Data.item(null);
        }
    };
    private final FakeConsilium consilium = new FakeConsilium(Data.SETTINGS) {
        @Override
        public boolean canCreateMeetings() {
            return canCreate;
        }

        @Override
        public List<BodyMember> composition(LocalDate day) {
            return List.of(Data.member(3, "chair"), Data.member(5, "member"), Data.member(4, "secretary"));
        }
    };

    private void open() {
        MeetingsView.Services services = new MeetingsView.Services(meetings, meetings, consilium,
                new FakeStaff(Data.STAFF), new FakePupils(Data.PUPILS, List.of(Data.MOTHER)),
                FakeSchool.withYears(Data.YEARS), Bodies.builtIn());
        UI.getCurrent().add(new MeetingsView(services) {
            private static final long serialVersionUID = 1L;

            @Override
            void open(long meetingId) {
                opened.add(meetingId);
            }
        });
        TestUi.roundTrip();
    }

    @BeforeEach
    void ui() {
        TestUi.open();
    }

    @AfterEach
    void close() {
        TestUi.close();
    }

    @Test
    void theListShowsTheMeetingsFilteredAndOnlyKeepersCreate() {
        open();
        @SuppressWarnings("unchecked")
        Grid<Meeting> grid = TestUi.find("meetings-grid", Grid.class);
        assertEquals(List.of(meeting), TestUi.items(grid));
        @SuppressWarnings("unchecked")
        ComboBox<MeetingStatus> status = TestUi.find("meetings-status", ComboBox.class);
        status.setValue(MeetingStatus.FINALISED);
        calls.clear();
        TestUi.fetch(grid);
        assertEquals(List.of("find null FINALISED null"), calls.stream().distinct().toList());
        assertFalse(TestUi.ids().contains("meetings-new"), "only who may create meetings sees the button");
    }

    @Test
    void aNewMeetingGetsTheOfficersAndTheCheckedProposals() {
        canCreate = true;
        open();
        calls.clear();
        TestUi.find("meetings-new", Button.class).click();
        assertEquals(List.of("proposals"), calls);
        @SuppressWarnings("unchecked")
        ComboBox<com.vaadin.flow.component.Component> chair = TestUi.find("meeting-chair", ComboBox.class);
        assertEquals(Data.CHAIR, chair.getValue());
        @SuppressWarnings("unchecked")
        Grid<AgendaProposal> proposals = TestUi.find("meeting-proposals", Grid.class);
        assertEquals(2, proposals.getSelectedItems().size(), "every proposal is checked");
        proposals.asMultiSelect().deselect(review);
        TestUi.find("meeting-save", Button.class).click();
        assertTrue(TestUi.find("meeting-place", TextField.class).isInvalid(), "the place is required");
        assertEquals(List.of("proposals", "check UNPLANNED "), calls, "the service is asked about the other fields");
        TestUi.find("meeting-place", TextField.class).setValue("Room 12");
        TestUi.find("meeting-save", Button.class).click();
        assertEquals(List.of("proposals", "check UNPLANNED ", "create UNPLANNED Room 12 3 4", "addItem 5 1 REFERRAL"),
                calls);
        assertEquals(List.of(5L), opened);
    }
}
