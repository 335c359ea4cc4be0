package org.opora.patronage.ui.internal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;
import org.opora.core.ui.testing.FakePrinting;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.cases.CaseQuery;
import org.opora.patronage.api.cases.CaseSummary;
import org.opora.patronage.api.meeting.AdminMeeting;
import org.opora.patronage.api.meeting.MeetingDraft;
import org.opora.patronage.api.meeting.MeetingItem;
import org.opora.patronage.api.meeting.MeetingSummary;
import org.opora.patronage.api.report.CuratorReport;
import org.opora.patronage.ui.internal.fake.Data;
import org.opora.patronage.ui.internal.fake.FakeCases;
import org.opora.patronage.ui.internal.fake.FakeMeetings;
import org.opora.patronage.ui.internal.fake.FakeReports;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;

/**
 * The director's meetings clicked as the director would: the list, a new meeting, the meeting's page with a case
 * put on it with the curator's report, a decision, the minutes finalised and printed; and a reader refused.
 */
class MeetingViewsTest {

    private static final SecurityContext DIRECTOR = Data.user("director", PatronagePermissions.ACCESS,
            PatronagePermissions.READ_ALL, PatronagePermissions.MEETING);

    private final List<String> calls = new ArrayList<>();
    private final List<Long> opened = new ArrayList<>();
    private final FakePrinting printing = new FakePrinting();
    private AdminMeeting meeting = Data.meeting(false, "");
    private boolean denied;
    private RuntimeException refuseFinalise;
    private final FakeMeetings meetings = new FakeMeetings() {
        @Override
        public List<MeetingSummary> find() {
            return List.of(new MeetingSummary(3, "3", LocalDate.now(), "Khudyakov Oleg", 1, null),
                    new MeetingSummary(2, "2", LocalDate.now().minusDays(40), "Khudyakov Oleg", 4,
                            LocalDate.now().minusDays(39)),
                    new MeetingSummary(1, "7-a", LocalDate.now().minusYears(1), "Khudyakov Oleg", 2,
                            LocalDate.now().minusYears(1)));
        }

        @Override
        public AdminMeeting get(long id) {
            calls.add("get " + id);
            if (denied) {
                throw new AccessDeniedException(PatronagePermissions.MEETING);
            }
            return meeting;
        }

        @Override
        public AdminMeeting create(MeetingDraft d) {
            calls.add("create " + d.number() + " " + d.date() + " " + d.chairedBy() + " / " + d.attendees());
            return meeting;
        }

        @Override
        public MeetingItem addItem(long meetingId, long caseId, Long reportId) {
            calls.add("addItem " + meetingId + " " + caseId + " " + reportId);
            return meeting.items().get(0);
        }

        @Override
        public MeetingItem recordDecision(long itemId, long version, String decision) {
            calls.add("decide " + itemId + " " + version + " " + decision);
            return meeting.items().get(0);
        }

        @Override
        public void removeItem(long itemId, long version) {
            calls.add("remove " + itemId + " " + version);
        }

        @Override
        public AdminMeeting finalise(long meetingId, long version) {
            calls.add("finalise " + meetingId + " " + version);
            if (refuseFinalise != null) {
                throw refuseFinalise;
            }
            return meeting;
        }
    };
    private final FakeCases cases = new FakeCases() {
        @Override
        public List<CaseSummary> find(CaseQuery query, int offset, int limit) {
            calls.add("cases " + query.openOnly());
            return List.of(Data.summary(12, true), Data.summary(14, true), Data.summary(15, false));
        }
    };
    private final FakeReports reports = new FakeReports() {
        @Override
        public List<CuratorReport> reports(long caseId) {
            return caseId == 14 ? List.of(Data.report(null, false), Data.report(3L, false)) : List.of();
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

    private MeetingServices services(SecurityContext user) {
        return new MeetingServices(meetings, cases, reports, printing, user);
    }

    private void list(SecurityContext user) {
        UI.getCurrent().add(new MeetingsView(services(user)) {
            private static final long serialVersionUID = 1L;

            @Override
            void open(long meetingId) {
                opened.add(meetingId);
            }
        });
        TestUi.roundTrip();
    }

    private void page(SecurityContext user) {
        MeetingView view = new MeetingView(services(user));
        UI.getCurrent().add(view);
        view.show(3L);
        TestUi.roundTrip();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return TestUi.find(id, ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(String gridId) {
        return TestUi.items(TestUi.find(gridId, Grid.class));
    }

    @Test
    void theDirectorListsTheMeetingsAndCreatesTheNextOne() {
        list(DIRECTOR);
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("patronage-meetings", "patronage-meetings-grid", "patronage-meetings-hint",
                "patronage-meeting-new", "patronage-meeting-row-3", "patronage-meeting-draft-3",
                "patronage-meeting-finalised-2")), ids.toString());
        assertEquals(3, rows("patronage-meetings-grid").size());
        TestUi.find("patronage-meeting-new", Button.class).click();
        assertTrue(TestUi.ids().containsAll(Set.of("patronage-meeting-dialog", "patronage-meeting-number",
                "patronage-meeting-date", "patronage-meeting-chair-field", "patronage-meeting-attendees-field",
                "patronage-meeting-save")));
        assertEquals("4", TestUi.find("patronage-meeting-number", TextField.class).getValue(),
                "after the highest number of this year");
        assertEquals("director", TestUi.find("patronage-meeting-chair-field", TextField.class).getValue());
        TestUi.find("patronage-meeting-chair-field", TextField.class).setValue("");
        TestUi.find("patronage-meeting-save", Button.class).click();
        assertTrue(TestUi.find("patronage-meeting-chair-field", TextField.class).isInvalid());
        TestUi.find("patronage-meeting-chair-field", TextField.class).setValue("Khudyakov Oleg");
        TestUi.find("patronage-meeting-attendees-field", TextArea.class).setValue("Belov, Volkova");
        TestUi.find("patronage-meeting-save", Button.class).click();
        assertTrue(calls.contains("create 4 " + LocalDate.now() + " Khudyakov Oleg / Belov, Volkova"),
                calls.toString());
        assertEquals(List.of(3L), opened, "the new meeting opens");
    }

    @Test
    void aReaderWithoutTheMeetingPermissionCreatesNone() {
        list(Data.user("head", PatronagePermissions.ACCESS, PatronagePermissions.READ_ALL));
        assertFalse(TestUi.ids().contains("patronage-meeting-new"));
    }

    @Test
    void theDirectorPutsACaseWithItsReportOnTheMeeting() {
        page(DIRECTOR);
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("patronage-meeting", "patronage-meeting-title", "patronage-meeting-state",
                "patronage-meeting-chair", "patronage-meeting-attendees", "patronage-meeting-pdf",
                "patronage-meeting-back", "patronage-meeting-add-item", "patronage-meeting-edit",
                "patronage-meeting-finalise", "patronage-meeting-items-grid", "patronage-meeting-case-1",
                "patronage-meeting-report-1", "patronage-meeting-decision-1", "patronage-meeting-remove-1")),
                ids.toString());
        assertEquals(PatronageTextsRoutes.CASE_12, TestUi.find("patronage-meeting-case-1", Anchor.class).getHref());
        TestUi.find("patronage-meeting-add-item", Button.class).click();
        ComboBox<CaseSummary> pupil = combo("patronage-meeting-item-case");
        assertEquals(List.of(14L), pupil.getListDataView().getItems().map(CaseSummary::id).toList(),
                "open cases not yet on the meeting that the user may read");
        TestUi.find("patronage-meeting-item-save", Button.class).click();
        assertTrue(pupil.isInvalid(), "a case is chosen");
        pupil.setValue(pupil.getListDataView().getItem(0));
        ComboBox<CuratorReport> report = combo("patronage-meeting-item-report");
        assertEquals(List.of(81L), report.getListDataView().getItems().map(CuratorReport::id).toList(),
                "reports not yet on a meeting");
        assertEquals(81L, report.getValue().id(), "the newest by default");
        TestUi.find("patronage-meeting-item-save", Button.class).click();
        assertTrue(calls.contains("addItem 3 14 81"), calls.toString());
    }

    @Test
    void theDirectorRecordsTheDecisionAndFinalisesTheMinutes() {
        page(DIRECTOR);
        TestUi.find("patronage-meeting-decision-1", Button.class).click();
        assertTrue(TestUi.ids().containsAll(Set.of("patronage-meeting-decision-dialog",
                "patronage-meeting-decision-text", "patronage-meeting-decision-proposals",
                "patronage-meeting-decision-save")));
        TestUi.find("patronage-meeting-decision-save", Button.class).click();
        assertTrue(TestUi.find("patronage-meeting-decision-text", TextArea.class).isInvalid());
        TestUi.find("patronage-meeting-decision-text", TextArea.class).setValue("Continue the patronage");
        TestUi.find("patronage-meeting-decision-save", Button.class).click();
        assertTrue(calls.contains("decide 91 4 Continue the patronage"), calls.toString());

        refuseFinalise = new ValidationException("", "patronage.rule.decisionMissing", 1);
        TestUi.find("patronage-meeting-finalise", Button.class).click();
        TestUi.find("patronage-meeting-finalise-dialog-confirm", Button.class).click();
        assertTrue(calls.contains("finalise 3 2"), calls.toString());
        assertTrue(TestUi.ids().contains("patronage-meeting-add-item"), "refused: still a draft");

        refuseFinalise = null;
        meeting = Data.meeting(true, "Continue the patronage");
        calls.clear();
        TestUi.find("patronage-meeting-finalise", Button.class).click();
        TestUi.find("patronage-meeting-finalise-dialog-confirm", Button.class).click();
        assertEquals(List.of("finalise 3 2", "get 3"), calls);
        Set<String> ids = TestUi.ids();
        assertFalse(ids.contains("patronage-meeting-add-item") || ids.contains("patronage-meeting-edit")
                || ids.contains("patronage-meeting-decision-1") || ids.contains("patronage-meeting-remove-1"),
                "finalised minutes are read-only: " + ids);
        assertTrue(ids.contains("patronage-meeting-pdf"), ids.toString());
    }

    @Test
    void aCaseIsTakenOffAfterConfirming() {
        page(DIRECTOR);
        TestUi.find("patronage-meeting-remove-1", Button.class).click();
        assertFalse(calls.stream().anyMatch(c -> c.startsWith("remove")), "not before the answer");
        TestUi.find("patronage-meeting-remove-dialog-confirm", Button.class).click();
        assertTrue(calls.contains("remove 91 4"), calls.toString());
    }

    @Test
    void theHeaderIsCorrectedWhileTheMinutesAreDrafted() {
        page(DIRECTOR);
        TestUi.find("patronage-meeting-edit", Button.class).click();
        assertEquals("3", TestUi.find("patronage-meeting-number", TextField.class).getValue());
        assertEquals(LocalDate.now(), TestUi.find("patronage-meeting-date", DatePicker.class).getValue());
    }

    @Test
    void aMeetingThatMayNotBeReadShowsNothing() {
        denied = true;
        page(Data.user("teacher", PatronagePermissions.ACCESS));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.contains("patronage-meeting-unavailable"), ids.toString());
        assertFalse(ids.contains("patronage-meeting-items-grid") || ids.contains("patronage-meeting-pdf"),
                ids.toString());
    }

    /** The addresses the page links to. */
    private static final class PatronageTextsRoutes {
        static final String CASE_12 = "patronage/case/12";
    }
}
