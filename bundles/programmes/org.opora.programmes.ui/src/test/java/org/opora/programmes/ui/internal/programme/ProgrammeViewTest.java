package org.opora.programmes.ui.internal.programme;

import org.opora.core.api.ReferenceLists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.ui.testing.FakePrinting;
import org.opora.core.ui.testing.FakePupils;
import org.opora.core.ui.testing.FakeStaff;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.programme.Observation;
import org.opora.programmes.api.programme.PlanRow;
import org.opora.programmes.api.programme.PlanRowDraft;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeDraft;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.opora.programmes.api.programme.ProtocolSource;
import org.opora.programmes.api.programme.Task;
import org.opora.programmes.api.programme.CitableProtocol;
import org.opora.programmes.ui.internal.fake.Data;
import org.opora.programmes.ui.internal.fake.FakeSettings;
import org.opora.programmes.ui.internal.fake.FakeProgrammes;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.approval.ChainStep;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;

class ProgrammeViewTest {

    private static final SecurityContext CURATOR = Data.user("psychologist", ProgrammesPermissions.ACCESS,
            ProgrammesPermissions.DRAFT);
    private static final SecurityContext DIRECTOR = Data.user("director", Set.of("director"),
            ProgrammesPermissions.ACCESS, ProgrammesPermissions.READ_ALL);

    private final List<String> calls = new ArrayList<>();
    private ProgrammeState state = ProgrammeState.DRAFT;
    private boolean denied;
    private boolean appoints = true;
    private RuntimeException refuseUpdate;
    private ProgrammeDraft lastDraft;
    /** The link to the consilium; {@code null} as if the consilium module were not installed. */
    private ProtocolSource protocols;
    private final FakePrinting documents = new FakePrinting();
    private final FakeProgrammes programmes = new FakeProgrammes() {
        @Override
        public Programme get(long id) {
            calls.add("get " + id);
            if (denied) {
                throw new AccessDeniedException(ProgrammesPermissions.READ_ALL);
            }
            return Data.programme(state);
        }

        @Override
        public List<PlanRow> plan(long id) {
            return List.of(Data.row());
        }

        @Override
        public List<Observation> observations(long id) {
            return List.of();
        }

        @Override
        public Programme update(long id, long version, ProgrammeDraft draft) {
            lastDraft = draft;
            calls.add("update " + id + " " + version + " " + draft.end() + " "
                    + draft.tasks().stream().map(Task::text).toList());
            if (refuseUpdate != null) {
                throw refuseUpdate;
            }
            return Data.programme(state);
        }

        @Override
        public PlanRow addRow(long id, PlanRowDraft d) {
            calls.add("addRow " + id + " " + d.activity() + " " + d.taskId() + " " + d.target() + " " + d.from());
            return Data.row();
        }

        @Override
        public PlanRow markDone(long rowId, long version, LocalDate on, String result, String recommendations) {
            calls.add("markDone " + rowId + " " + version + " " + result + " / " + recommendations);
            return Data.row();
        }

        @Override
        public boolean mayAppointCurator(long id) {
            return appoints;
        }

        @Override
        public Programme appointCurator(long id, long version, long curatorId) {
            calls.add("appointCurator " + id + " " + version + " " + curatorId);
            return Data.programme(state);
        }

        @Override
        public Programme approve(long id, long version, LocalDate on) {
            calls.add("approve " + id + " " + version + " " + on);
            return Data.programme(ProgrammeState.APPROVED);
        }

        @Override
        public Programme agree(long id, long version, LocalDate on) {
            calls.add("agree " + id + " " + version + " " + on);
            return Data.programme(ProgrammeState.CONSENT_GIVEN);
        }

        @Override
        public List<ApprovalStep> approvals(long id) {
            return chain;
        }
    };
    /** The programme's approval chain as the service reports it. */
    private List<ApprovalStep> chain = Data.directorApproves();

    @BeforeEach
    void ui() {
        TestUi.open();
    }

    @AfterEach
    void close() {
        TestUi.close();
    }

    private void open(SecurityContext user) {
        ProgrammeView view = new ProgrammeView(new ProgrammeView.Services(programmes, programmes, programmes,
                new FakeSettings(), new FakeStaff(Data.STAFF),
                new FakePupils(List.of(Data.IVANOV), List.of(Data.MOTHER)), documents, user, () -> Optional.ofNullable(protocols),
                (ReferenceLists) (list, locale) -> List.of(new org.opora.core.api.ListItem("correction", "Correction"),
                        new org.opora.core.api.ListItem("diagnostics", "Diagnostics"))));
        UI.getCurrent().add(view);
        view.show(12L);
        TestUi.roundTrip();
    }

    private static void tab(int index) {
        TestUi.find("programme-tabs", TabSheet.class).setSelectedIndex(index);
        TestUi.roundTrip();
    }

    @Test
    void whoMayOnlyKnowTheProgrammeExistsSeesWhyAndNothingElse() {
        denied = true;
        open(Data.user("teacher", ProgrammesPermissions.ACCESS, ProgrammesPermissions.EXISTENCE));
        assertEquals("!{programmes.ui.programme.denied}!",
                TestUi.find("programme-denied", Paragraph.class).getText());
        assertEquals(List.of("get 12"), calls);
        Set<String> ids = TestUi.ids();
        assertFalse(ids.contains("programme-tabs") || ids.contains("programme-header"), ids.toString());
        assertTrue(ids.contains("programme-restricted"));
    }

    @Test
    void theFormShowsEveryFieldAndTheRulesMessageOnTheEndDate() {
        open(CURATOR);
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("programme-restricted", "programme-pdf", "programme-tab-form",
                "programme-tab-plan", "programme-tab-lifecycle", "programme-tab-observations",
                "programme-protocol-number", "programme-protocol-date", "programme-grounds",
                "programme-diagnostics", "programme-goal", "programme-tasks", "programme-task-1", "programme-task-2",
                "programme-task-add", "programme-participants", "programme-internal-resources",
                "programme-external-resources", "programme-expected-results", "programme-criteria",
                "programme-start", "programme-end", "programme-directions", "programme-risk-category",
                "programme-curator", "programme-save")), ids.toString());
        assertEquals("5/2026", TestUi.find("programme-protocol-number", TextField.class).getValue());
        TestUi.find("programme-task-down-1", Button.class).click();
        TestUi.find("programme-task-add", Button.class).click();
        TestUi.find("programme-task-3", TextField.class).setValue("Find a hobby");
        refuseUpdate = new ValidationException("endDate", "programmes.rule.duration.highRisk", 6);
        TestUi.find("programme-save", Button.class).click();
        assertEquals("update 12 3 " + Data.END + " [Involve the parents, Reduce anxiety, Find a hobby]",
                calls.get(calls.size() - 1));
        DatePicker end = TestUi.find("programme-end", DatePicker.class);
        assertTrue(end.isInvalid(), "the 6-month clause is shown on the end date");
        assertTrue(end.getErrorMessage().contains("programmes.rule.duration.highRisk"), end.getErrorMessage());
        assertTrue(documents.printed().isEmpty(), "nothing is printed until the link is followed");
        assertFalse(TestUi.find("programme-pdf", Anchor.class).getHref().isEmpty());
    }

    @Test
    void whoMayNotAppointTheCuratorSeesTheFieldReadOnlyWithTheReason() {
        appoints = false;
        open(CURATOR);
        ComboBox<?> curator = TestUi.find("programme-curator", ComboBox.class);
        assertTrue(curator.isReadOnly(), "the chair of the consilium appoints the curator");
        assertEquals("!{programmes.ui.form.curator.byChair}!", curator.getHelperText());
        assertFalse(TestUi.find("programme-grounds", TextArea.class).isReadOnly(), "the rest is the drafter's");
        assertFalse(TestUi.ids().contains("programme-curator-appoint"));
    }

    @Test
    void theChairAppointsTheCuratorOfAProgrammeTheChairDoesNotKeep() {
        open(Data.user("deputy", ProgrammesPermissions.ACCESS, ProgrammesPermissions.EXISTENCE));
        @SuppressWarnings("unchecked")
        ComboBox<StaffMember> curator = TestUi.find("programme-curator", ComboBox.class);
        assertFalse(curator.isReadOnly());
        assertTrue(TestUi.find("programme-grounds", TextArea.class).isReadOnly(), "the content is not the chair's");
        curator.setValue(Data.SOCPED);
        TestUi.find("programme-curator-appoint", Button.class).click();
        assertEquals("appointCurator 12 3 " + Data.SOCPED.id(), calls.get(calls.size() - 2));
    }

    @Test
    void withoutTheConsiliumTheProtocolIsTypedIn() {
        open(CURATOR);
        assertFalse(TestUi.ids().contains("programme-protocol"));
        assertFalse(TestUi.find("programme-protocol-number", TextField.class).isReadOnly());
    }

    @Test
    void withTheConsiliumAProtocolIsPickedAndItsDecisionFillsWhatIsEmpty() {
        CitableProtocol decided = new CitableProtocol(new ProtocolCitation("7", Data.START.minusDays(2), 31L),
                "No. 7: a programme", "Anxiety at school", "Another goal", "Lessons with the psychologist", "", null);
        protocols = (pupilId, locale) -> pupilId == Data.programme(state).pupilId() ? List.of(decided) : List.of();
        open(CURATOR);
        TestUi.find("programme-grounds", TextArea.class).setValue("");
        @SuppressWarnings("unchecked")
        ComboBox<CitableProtocol> picker = TestUi.find("programme-protocol", ComboBox.class);
        picker.setValue(decided);
        TextField number = TestUi.find("programme-protocol-number", TextField.class);
        assertEquals("7", number.getValue());
        assertTrue(number.isReadOnly(), "a picked protocol is cited as the consilium numbered it");
        assertEquals("Anxiety at school", TestUi.find("programme-grounds", TextArea.class).getValue());
        assertEquals(Data.programme(state).goal(), TestUi.find("programme-goal", TextArea.class).getValue(),
                "what the curator wrote stays");
        TestUi.find("programme-save", Button.class).click();
        assertEquals(new ProtocolCitation("7", Data.START.minusDays(2), 31L), lastDraft.protocol());
        picker.clear();
        assertFalse(number.isReadOnly());
        assertEquals("", number.getValue());
    }

    @Test
    void afterApprovalTheFormIsReadOnlyAndAChangeNeedsTheCuratorsAgreement() {
        state = ProgrammeState.APPROVED;
        open(CURATOR);
        Set<String> ids = TestUi.ids();
        assertFalse(ids.contains("programme-save"), ids.toString());
        assertFalse(TestUi.find("programme-task-add", Button.class).isVisible());
        assertTrue(TestUi.find("programme-grounds", TextArea.class).isReadOnly());
        TestUi.find("programme-change", Button.class).click();
        assertFalse(TestUi.find("programme-grounds", TextArea.class).isReadOnly());
        assertTrue(TestUi.find("programme-task-add", Button.class).isVisible());
        TestUi.find("programme-change-save", Button.class).click();
        assertTrue(TestUi.find("programme-change-agreement", TextArea.class).isInvalid(), "agreement required");
        assertFalse(calls.stream().anyMatch(c -> c.startsWith("change")), calls.toString());
    }

    @Test
    void theCuratorAddsAPlanRowAndTheResponsibleSpecialistMarksItDone() {
        open(CURATOR);
        tab(1);
        TestUi.find("row-add", Button.class).click();
        TestUi.find("row-activity", TextField.class).setValue("Class hour");
        @SuppressWarnings("unchecked")
        Select<Task> task = TestUi.find("row-task", Select.class);
        task.setValue(Data.TASK);
        @SuppressWarnings("unchecked")
        Select<String> target = TestUi.find("row-target", Select.class);
        target.setValue("staff");
        TestUi.find("row-from", DatePicker.class).setValue(Data.START.plusDays(10));
        assertTrue(TestUi.ids().containsAll(Set.of("row-form", "row-participants", "row-responsible", "row-to",
                "row-planned", "row-direction")));
        TestUi.find("row-save", Button.class).click();
        assertTrue(calls.contains("addRow 12 Class hour 21 staff " + Data.START.plusDays(10)), calls.toString());
        assertFalse(TestUi.ids().contains("row-done-1"), "nothing is marked done before approval");

        TestUi.close();
        TestUi.open();
        state = ProgrammeState.IN_PROGRESS;
        open(Data.user("socped", ProgrammesPermissions.ACCESS));
        tab(1);
        assertFalse(TestUi.ids().contains("row-add") || TestUi.ids().contains("row-edit-1"));
        TestUi.find("row-done-1", Button.class).click();
        TestUi.find("done-save", Button.class).click();
        assertTrue(TestUi.find("done-result", TextArea.class).isInvalid(), "the result is required");
        TestUi.find("done-result", TextArea.class).setValue("Calmer in class");
        TestUi.find("done-recommendations", TextArea.class).setValue("Go on");
        TestUi.find("done-save", Button.class).click();
        assertTrue(calls.contains("markDone 31 2 Calmer in class / Go on"), calls.toString());
    }

    @Test
    void theLifecycleOffersTheStepsOfTheCurrentState() {
        assertEquals(Set.of("step-discussed", "step-sharing"), steps(ProgrammeState.DRAFT, CURATOR));
        assertEquals(Set.of("step-consent", "step-sharing"), steps(ProgrammeState.DISCUSSED_WITH_PARENTS, CURATOR));
        assertEquals(Set.of("step-sharing"), steps(ProgrammeState.CONSENT_GIVEN, CURATOR));
        assertEquals(Set.of("step-approve"), steps(ProgrammeState.CONSENT_GIVEN, DIRECTOR));
        assertEquals(Set.of("step-start", "step-sharing", "step-request-meeting"),
                steps(ProgrammeState.APPROVED, CURATOR));
        assertEquals(Set.of("step-review", "step-sharing", "step-request-meeting"),
                steps(ProgrammeState.IN_PROGRESS, CURATOR));
        assertEquals(Set.of("step-close", "step-extend", "step-sharing", "step-request-meeting"),
                steps(ProgrammeState.REVIEW, CURATOR));
        assertEquals(Set.of(), steps(ProgrammeState.CLOSED, CURATOR));
        assertEquals(Set.of("step-discussed", "step-close", "step-sharing"),
                steps(ProgrammeState.CONSENT_REFUSED, CURATOR));
        steps(ProgrammeState.CONSENT_GIVEN, DIRECTOR);
        TestUi.find("step-approve", Button.class).click();
        TestUi.find("date-save", Button.class).click();
        assertTrue(calls.contains("approve 12 3 " + LocalDate.now()), calls.toString());
    }

    @Test
    void theConsentDialogOffersThePupilsRepresentatives() {
        state = ProgrammeState.DISCUSSED_WITH_PARENTS;
        open(CURATOR);
        tab(2);
        TestUi.find("step-consent", Button.class).click();
        assertTrue(TestUi.ids().containsAll(Set.of("consent-given", "consent-date", "consent-representative",
                "consent-note", "consent-save")));
        assertEquals("Ivanova Maria", TestUi.find("consent-representative",
                com.vaadin.flow.component.combobox.ComboBox.class).getValue());
    }

    /** The step buttons shown to the user in the state. */
    @Test
    void theSchoolsChainOffersTheNextStepToTheHolderOfItsRoleNamingThePositionAndThePerson() {
        chain = List.of(ApprovalStep.open(new ChainStep(ChainStep.Kind.AGREE, "deputy", ""), "Deputy director",
                List.of("deputy")), ApprovalStep.open(new ChainStep(ChainStep.Kind.APPROVE, "director", ""),
                        "Director", List.of("Orlova Irina")));
        SecurityContext deputy = Data.user("deputy", Set.of("deputy"), ProgrammesPermissions.ACCESS,
                ProgrammesPermissions.READ_ALL);
        assertEquals(Set.of(), steps(ProgrammeState.CONSENT_GIVEN, DIRECTOR), "the director approves after the deputy");
        assertEquals(Set.of("step-agree"), steps(ProgrammeState.CONSENT_GIVEN, deputy));
        assertEquals(List.of("!{programmes.ui.chain.toAgree}!", "!{programmes.ui.chain.toApprove}!"),
                List.of(TestUi.find("programme-chain-1", ListItem.class).getText(),
                        TestUi.find("programme-chain-2", ListItem.class).getText()));
        TestUi.find("step-agree", Button.class).click();
        assertEquals("!{programmes.ui.lifecycle.agree.person}!", TestUi.find("date-hint", Paragraph.class).getText());
        TestUi.find("date-save", Button.class).click();
        assertTrue(calls.contains("agree 12 3 " + LocalDate.now()), calls.toString());
    }

    private Set<String> steps(ProgrammeState s, SecurityContext user) {
        TestUi.close();
        TestUi.open();
        state = s;
        open(user);
        tab(2);
        Set<String> found = new java.util.TreeSet<>();
        TestUi.ids().stream().filter(id -> id.startsWith("step-")).forEach(found::add);
        return found;
    }
}
