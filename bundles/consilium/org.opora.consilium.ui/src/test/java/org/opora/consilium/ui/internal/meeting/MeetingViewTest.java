package org.opora.consilium.ui.internal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Amendment;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingAccess;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.consilium.api.meeting.Participant;
import org.opora.consilium.api.meeting.Presentation;
import org.opora.consilium.api.meeting.Shortfall;
import org.opora.consilium.ui.internal.fake.Data;
import org.opora.consilium.ui.internal.fake.FakeConsilium;
import org.opora.consilium.ui.internal.fake.FakeMeetings;
import org.opora.core.api.ValidationException;
import org.opora.core.ui.testing.FakePrinting;
import org.opora.core.ui.testing.FakePupils;
import org.opora.core.ui.testing.FakeStaff;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;

class MeetingViewTest {

    private final List<String> calls = new ArrayList<>();
    private MeetingAccess access = MeetingAccess.KEEP;
    private MeetingStatus status = MeetingStatus.PREPARATION;
    private final FakePrinting documents = new FakePrinting();
    private final FakeMeetings meetings = new FakeMeetings() {
        @Override
        public MeetingAccess access(long id) {
            calls.add("access " + id);
            return access;
        }

        @Override
        public Meeting get(long id) {
            calls.add("get " + id);
            return Data.meeting(status);
        }

        @Override
        public List<AgendaItem> agenda(long id) {
            calls.add("agenda " + id);
            return List.of(Data.item(status == MeetingStatus.FINALISED ? Data.decided() : null));
        }

        @Override
        public List<Participant> participants(long id) {
            calls.add("participants " + id);
            return List.of(new Participant(61, 5, 5L, "Volkova Olga Petrovna", "psychologist", "", null),
                    new Participant(62, 5, null, "Sidorova Anna", "paediatrician", "Polyclinic 3", true));
        }

        @Override
        public List<Shortfall> shortfalls(long id) {
            calls.add("shortfalls " + id);
            return List.of(Shortfall.of("consilium.error.noDecision", "Ivanov Ivan Petrovich"),
                    Shortfall.of("consilium.error.noConclusion"));
        }

        @Override
        public List<Amendment> amendments(long id) {
            calls.add("amendments " + id);
            return List.of(new Amendment(71, 5, null, Instant.parse("2026-10-15T09:00:00Z"), "socped", "Belov",
                    "typo", "conclusion: Support needed"));
        }

        @Override
        public AgendaItem recordOutcome(long itemId, long version, Outcome o) {
            calls.add("recordOutcome " + itemId + " " + version + " " + o.problems() + " " + o.decisions());
            throw new ValidationException("curatorId", "consilium.error.curatorRequired");
        }

        @Override
        public Meeting finalise(long id, long version) {
            calls.add("finalise " + id + " " + version);
            return Data.meeting(MeetingStatus.FINALISED);
        }

        @Override
        public Meeting amendConclusion(long id, long version, String conclusion, String reason) {
            calls.add("amendConclusion " + id + " " + version + " " + conclusion + " / " + reason);
            // as the service: both fields of the dialog at once
            java.util.List<ValidationException> found = new java.util.ArrayList<>();
            if (conclusion.isBlank()) {
                found.add(new ValidationException("conclusion", "core.error.required"));
            }
            if (reason.isBlank()) {
                found.add(new ValidationException("reason", "consilium.error.amendment.reason"));
            }
            if (!found.isEmpty()) {
                throw org.opora.core.api.ValidationErrors.of(found);
            }
            return Data.meeting(MeetingStatus.FINALISED);
        }

        @Override
        public Presentation submitPresentation(long id, long version, String text) {
            calls.add("submitPresentation " + id + " " + version + " " + text);
            return Data.item(null).presentations().get(0);
        }
    };

    private void open(SecurityContext user) {
        MeetingView view = new MeetingView(new MeetingView.Services(meetings, meetings, meetings, meetings,
                meetings, new FakeConsilium(Data.SETTINGS), new FakeStaff(Data.STAFF),
                new FakePupils(Data.PUPILS, List.of(Data.MOTHER)), documents, user));
        UI.getCurrent().add(view);
        view.show(5L);
        TestUi.roundTrip();
    }

    /** Shows a tab, as a user does before using its content. */
    private static void tab(int index) {
        TestUi.find("meeting-tabs", TabSheet.class).setSelectedIndex(index);
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
    void whoMayNotReadTheMeetingSeesWhyAndNothingIsRead() {
        access = MeetingAccess.NONE;
        open(Data.user("teacher", ConsiliumPermissions.ACCESS));
        assertEquals("!{consilium.ui.meeting.denied.text}!", TestUi.find("meeting-denied",
                com.vaadin.flow.component.html.Paragraph.class).getText());
        assertEquals(List.of("access 5"), calls, "nothing of the meeting is read");
        assertFalse(TestUi.ids().contains("meeting-tabs"));
    }

    @Test
    void whoKeepsTheMeetingEditsTheOutcomeAndFinalisesAfterConfirming() {
        open(Data.user("socped", ConsiliumPermissions.ACCESS));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("meeting-tab-details", "meeting-tab-participants", "meeting-tab-agenda",
                "meeting-tab-protocol", "details-save", "participant-add",
                "agenda-add", "agenda-item-1", "agenda-remove-1", "protocol-conclusion-save", "protocol-finalise",
                "protocol-pdf", "extract-pdf-1")), ids.toString());
        assertEquals(2, TestUi.find("protocol-shortfalls", UnorderedList.class).getChildren().count());
        tab(1);
        assertTrue(TestUi.ids().containsAll(Set.of("participant-attended-61", "participant-remove-62")));
        tab(2);
        TestUi.find("agenda-item-1", Button.class).click();
        TextArea problems = TestUi.find("outcome-problems", TextArea.class);
        assertFalse(problems.isReadOnly());
        assertTrue(TestUi.ids().containsAll(Set.of("outcome-save", "parent-invite", "parent-save",
                "parent-attendance-51", "presentation-text-5", "presentation-save-5", "presentation-request")));
        problems.setValue("Anxiety");
        calls.clear();
        TestUi.find("outcome-save", Button.class).click();
        assertEquals(List.of("recordOutcome 11 3 Anxiety []"), calls);
        assertTrue(TestUi.find("outcome-curator", com.vaadin.flow.component.combobox.ComboBox.class).isInvalid(),
                "the service's objection is shown on the curator");
        calls.clear();
        tab(3);
        TestUi.find("protocol-finalise", Button.class).click();
        assertTrue(calls.isEmpty(), "finalising asks first");
        TestUi.find("protocol-finalise-dialog-confirm", Button.class).click();
        assertEquals("finalise 5 7", calls.get(0));
    }

    @Test
    void aFinalisedProtocolIsReadOnlyAndAnAmendmentNeedsAReason() {
        status = MeetingStatus.FINALISED;
        open(Data.user("socped", ConsiliumPermissions.ACCESS));
        Set<String> ids = TestUi.ids();
        assertFalse(ids.contains("protocol-finalise") || ids.contains("protocol-conclusion-save")
                || ids.contains("details-save") || ids.contains("agenda-add") || ids.contains("protocol-shortfalls"),
                ids.toString());
        assertTrue(ids.containsAll(Set.of("protocol-amend", "protocol-amendments", "protocol-pdf", "extract-pdf-1",
                "protocol-amend-1")), ids.toString());
        assertTrue(TestUi.find("protocol-conclusion", TextArea.class).isReadOnly());
        tab(2);
        TestUi.find("agenda-item-1", Button.class).click();
        assertTrue(TestUi.find("outcome-problems", TextArea.class).isReadOnly());
        assertFalse(TestUi.ids().contains("outcome-save") || TestUi.ids().contains("presentation-save-5"));
        assertTrue(TestUi.ids().contains("outcome-amend"));
        calls.clear();
        tab(3);
        TestUi.find("protocol-amend", Button.class).click();
        TestUi.find("amend-conclusion", TextArea.class).setValue(" ");
        TestUi.find("amend-save", Button.class).click();
        assertTrue(TestUi.find("amend-reason", TextArea.class).isInvalid(), "the reason is required");
        assertTrue(TestUi.find("amend-conclusion", TextArea.class).isInvalid(), "and the conclusion, at once");
        assertTrue(TestUi.ids().contains("amend-dialog"), "the dialog stays open");
        calls.clear();
        TestUi.find("amend-conclusion", TextArea.class).setValue("Support is needed at once.");
        TestUi.find("amend-reason", TextArea.class).setValue("wrong wording");
        TestUi.find("amend-save", Button.class).click();
        assertEquals("amendConclusion 5 7 Support is needed at once. / wrong wording", calls.get(0));
    }

    @Test
    void aReaderWritesOnlyTheirOwnPresentationAndSeesTheOutcomeReadOnly() {
        access = MeetingAccess.READ;
        open(Data.user("psychologist", ConsiliumPermissions.ACCESS));
        Set<String> ids = TestUi.ids();
        assertFalse(ids.contains("protocol-finalise") || ids.contains("details-save")
                || ids.contains("agenda-add"), ids.toString());
        tab(2);
        TestUi.find("agenda-item-1", Button.class).click();
        assertTrue(TestUi.find("outcome-problems", TextArea.class).isReadOnly());
        assertFalse(TestUi.ids().contains("outcome-save") || TestUi.ids().contains("parent-save"));
        TestUi.find("presentation-text-5", TextArea.class).setValue("Anxious, needs support.");
        calls.clear();
        TestUi.find("presentation-save-5", Button.class).click();
        assertEquals("submitPresentation 31 1 Anxious, needs support.", calls.get(0));
    }

    @Test
    void thePrintsAreLinksToTheProtocolAndTheExtract() {
        open(Data.user("socped", ConsiliumPermissions.ACCESS));
        Anchor protocol = TestUi.find("protocol-pdf", Anchor.class);
        Anchor extract = TestUi.find("extract-pdf-1", Anchor.class);
        assertEquals("!{consilium.ui.meeting.protocol.pdf}!", protocol.getText());
        assertEquals("!{consilium.ui.meeting.protocol.extractPdf}!", extract.getText());
        assertTrue(protocol.getHref() != null && !protocol.getHref().isEmpty());
        assertTrue(documents.printed().isEmpty(), "nothing is printed until the link is followed");
    }
}
