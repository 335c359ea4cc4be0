package org.opora.teachersupport.ui.internal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.ValidationException;
import org.opora.core.ui.testing.FakePrinting;
import org.opora.core.ui.testing.FakeStaff;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;
import org.opora.teachersupport.api.TeacherSupportPermissions;
import org.opora.teachersupport.api.conclusion.Conclusion;
import org.opora.teachersupport.api.conclusion.ConclusionDraft;
import org.opora.teachersupport.api.conclusion.OutcomeDraft;
import org.opora.teachersupport.api.conclusion.ProblemOutcome;
import org.opora.teachersupport.api.conclusion.TeacherNeed;
import org.opora.teachersupport.api.conclusion.Verdict;
import org.opora.teachersupport.api.diagnosis.DiagnosisDraft;
import org.opora.teachersupport.api.diagnosis.DiagnosisEntry;
import org.opora.teachersupport.api.help.CompetitionLevel;
import org.opora.teachersupport.api.help.HelpDraft;
import org.opora.teachersupport.api.help.HelpEntry;
import org.opora.teachersupport.api.record.Problem;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.api.record.SupportStatus;
import org.opora.teachersupport.api.route.Checkpoint;
import org.opora.teachersupport.api.route.CheckpointResult;
import org.opora.teachersupport.api.route.Route;
import org.opora.teachersupport.ui.internal.fake.Data;
import org.opora.teachersupport.ui.internal.fake.FakeConclusion;
import org.opora.teachersupport.ui.internal.fake.FakeDiagnosis;
import org.opora.teachersupport.ui.internal.fake.FakeFiles;
import org.opora.teachersupport.ui.internal.fake.FakeHelp;
import org.opora.teachersupport.ui.internal.fake.FakeRecords;
import org.opora.teachersupport.ui.internal.fake.FakeRoute;
import org.opora.teachersupport.ui.internal.fake.FakeSettings;

/**
 * The record page clicked as its users would: the deputy who leads the support, a participant, a reader of every
 * record, and a teacher who may not read it.
 */
class RecordViewTest {

    private static final SecurityContext LEAD = Data.user("deputy", TeacherSupportPermissions.ACCESS,
            TeacherSupportPermissions.WORK, TeacherSupportPermissions.MANAGE);

    private final List<String> calls = new ArrayList<>();
    private SupportRecord record = Data.record(SupportStatus.IN_PROGRESS, true, true, true);
    private boolean denied;
    private RuntimeException signRefusal;
    private final FakeRecords records = new FakeRecords() {
        @Override
        public SupportRecord get(long id) {
            calls.add("get " + id);
            if (denied) {
                throw new AccessDeniedException(TeacherSupportPermissions.READ_ALL);
            }
            return record;
        }
    };
    private final FakeDiagnosis diagnosis = new FakeDiagnosis() {
        @Override
        public DiagnosisEntry add(long recordId, DiagnosisDraft d) {
            calls.add("diagnosis " + recordId + " " + d.source() + " " + d.date() + " " + d.conductedBy() + " "
                    + d.findings() + " " + d.problemIds());
            return null;
        }
    };
    private Optional<Route> route = Optional.of(Data.route());
    private final FakeRoute routes = new FakeRoute() {
        @Override
        public Optional<Route> route(long recordId) {
            return route;
        }

        @Override
        public List<Checkpoint> checkpoints(long recordId) {
            return route.isPresent() ? List.of(Data.overdueCheckpoint()) : List.of();
        }

        @Override
        public Checkpoint recordResult(long id, long version, CheckpointResult r) {
            calls.add("result " + id + " " + version + " " + r.doneOn() + " " + r.result() + " / " + r.evidence());
            return null;
        }
    };
    private final FakeHelp help = new FakeHelp() {
        @Override
        public HelpEntry record(long recordId, HelpDraft d) {
            calls.add("help " + d.form() + " " + d.providedById() + " " + d.topic() + " / " + d.content() + " / "
                    + d.recommendations() + " " + d.competitionLevel() + " " + d.direction());
            return null;
        }
    };
    private final FakeConclusion conclusion = new FakeConclusion() {
        @Override
        public Conclusion conclusion(long recordId) {
            return record.concluded() ? Data.conclusion(LocalDate.now(), null) : Data.conclusion(null, null);
        }

        @Override
        public ProblemOutcome saveOutcome(long problemId, long version, OutcomeDraft d) {
            calls.add("outcome " + problemId + " " + version + " " + d.before() + " / " + d.after());
            return null;
        }

        @Override
        public Conclusion save(long recordId, long version, ConclusionDraft d) {
            calls.add("save " + recordId + " " + version + " " + d.verdict() + " " + d.needs());
            return new Conclusion(12, "", "", List.of(), d.verdict(), d.removed(), "", "", d.needs(), "", "", "",
                    null, "", null, List.of(), version + 1);
        }

        @Override
        public Conclusion sign(long recordId, long version, LocalDate on) {
            calls.add("sign " + recordId + " " + version + " " + on);
            if (signRefusal != null) {
                throw signRefusal;
            }
            return Data.conclusion(on, null);
        }

        @Override
        public ApprovalStep approve(long recordId, long version, LocalDate on) {
            calls.add("approve " + recordId + " " + version + " " + on);
            return null;
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

    /** The core's directions of work as a school titled them. */
    private static final ReferenceLists DIRECTIONS = (list, locale) -> list == ReferenceList.DIRECTIONS
            ? List.of(new ListItem("diagnostics", "Diagnostics"), new ListItem("counselling", "Counselling"),
                    new ListItem("methodology", "Methodology"), new ListItem("education", "Education"))
            : List.of();

    private void open(SecurityContext user) {
        RecordView view = new RecordView(new RecordView.Services(records, diagnosis, routes, help, conclusion,
                new FakeSettings(), new FakeStaff(Data.STAFF), new FakeFiles(), new FakePrinting(), DIRECTIONS, user));
        UI.getCurrent().add(view);
        view.show(12L);
        TestUi.roundTrip();
    }

    /** Shows the tab (0 problems, 1 diagnosis, 2 route, 3 help, 4 evidence, 5 conclusion). */
    private static void tab(int index) {
        TestUi.find("ts-record-tabs", TabSheet.class).setSelectedIndex(index);
        TestUi.roundTrip();
    }

    private static Set<String> allIds() {
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < 6; i++) {
            tab(i);
            ids.addAll(TestUi.ids());
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return TestUi.find(id, ComboBox.class);
    }

    private static List<String> notifications() {
        TestUi.roundTrip();
        return TestUi.all(UI.getCurrent()).filter(Notification.class::isInstance)
                .map(n -> n.getElement().getProperty("text")).toList();
    }

    @Test
    void aTeacherWhoMayNotReadTheRecordSeesTheRefusalAndNothingOfIt() {
        denied = true;
        open(Data.user("teacher", TeacherSupportPermissions.ACCESS, TeacherSupportPermissions.WORK));
        assertEquals(List.of("get 12"), calls);
        Set<String> ids = TestUi.ids();
        assertTrue(ids.contains("ts-record-unavailable"), ids.toString());
        assertFalse(ids.contains("ts-record-header") || ids.contains("ts-record-tabs")
                || ids.contains("ts-problems-grid"), ids.toString());
        assertEquals(List.of("!{core.kit.error.denied}!"), notifications());
    }

    @Test
    void theLeadSeesTheOpeningRecordAndEveryAction() {
        open(LEAD);
        Set<String> ids = allIds();
        assertTrue(ids.containsAll(Set.of("ts-record-header", "ts-record-state", "ts-header-lead", "ts-record-print",
                "ts-record-edit", "ts-problem-add", "ts-problem-edit-31", "ts-diagnosis-add", "ts-route-edit",
                "ts-checkpoint-add", "ts-checkpoint-result-41", "ts-help-add", "ts-evidence-add",
                "ts-outcome-edit-32", "ts-conclusion-sign", "ts-conclusion-pdf")), ids.toString());
        assertEquals("!{teachersupport.ui.checkpoint.OVERDUE}!",
                TestUi.find("ts-checkpoint-state-41", Span.class).getText());
    }

    @Test
    void aReaderOfEveryRecordChangesNothing() {
        record = Data.record(SupportStatus.IN_PROGRESS, false, false, false);
        open(Data.user("director", TeacherSupportPermissions.ACCESS, TeacherSupportPermissions.READ_ALL));
        Set<String> ids = allIds();
        assertTrue(ids.containsAll(Set.of("ts-problems-grid", "ts-checkpoints-grid", "ts-conclusion-pdf")),
                ids.toString());
        for (String action : List.of("ts-record-edit", "ts-problem-add", "ts-diagnosis-add", "ts-route-edit",
                "ts-checkpoint-add", "ts-checkpoint-result-41", "ts-help-add", "ts-evidence-add",
                "ts-outcome-edit-32", "ts-conclusion-sign", "ts-conclusion-save")) {
            assertFalse(ids.contains(action), action);
        }
    }

    @Test
    void whoMayNotCorrectTheRecordIsToldWhoKeepsItTheLeadIsNot() {
        record = Data.record(SupportStatus.IN_PROGRESS, false, false, false);
        open(Data.user("director", TeacherSupportPermissions.ACCESS, TeacherSupportPermissions.READ_ALL));
        assertEquals("!{teachersupport.ui.record.keptBy}!",
                TestUi.find("ts-record-read-only", Paragraph.class).getText(), "the lead is named");
        TestUi.close();
        TestUi.open();
        record = Data.record(SupportStatus.IN_PROGRESS, false, true, false);
        open(Data.user("psychologist", TeacherSupportPermissions.ACCESS, TeacherSupportPermissions.WORK));
        assertEquals("!{teachersupport.ui.record.keptByWork}!",
                TestUi.find("ts-record-read-only", Paragraph.class).getText(), "a participant records the work");
        assertFalse(allIds().contains("ts-record-edit"));
        assertTrue(allIds().contains("ts-diagnosis-add"), allIds().toString());
        TestUi.close();
        TestUi.open();
        record = Data.record(SupportStatus.IN_PROGRESS, true, true, true);
        open(Data.user("deputy", TeacherSupportPermissions.ACCESS, TeacherSupportPermissions.WORK));
        assertTrue(allIds().contains("ts-record-edit"));
        assertFalse(allIds().contains("ts-record-read-only"));
    }

    @Test
    void aConcludedRecordIsReadOnlyEvenForItsLead() {
        record = Data.record(SupportStatus.CONCLUDED, true, true, true);
        open(LEAD);
        Set<String> ids = allIds();
        assertTrue(ids.contains("ts-conclusion-signed"), ids.toString());
        assertFalse(ids.contains("ts-record-edit") || ids.contains("ts-diagnosis-add")
                || ids.contains("ts-conclusion-sign"), ids.toString());
    }

    @Test
    void theHolderOfTheChainsRoleApprovesTheSignedConclusionOthersSeeWhoApproves() {
        record = Data.record(SupportStatus.CONCLUDED, false, false, false);
        open(LEAD);
        tab(5);
        assertEquals("!{teachersupport.ui.conclusion.approver}!", TestUi.find("ts-conclusion-approver",
                Paragraph.class).getText(), "who approves (the test has no texts: the key)");
        assertFalse(TestUi.ids().contains("ts-conclusion-approve"), "the lead does not hold the role");
        TestUi.close();
        TestUi.open();
        OporaUser deputy = new OporaUser("kuznetsov", "Kuznetsov", Set.of("deputy"),
                Set.of(TeacherSupportPermissions.ACCESS), Locale.ENGLISH);
        open(() -> Optional.of(deputy));
        tab(5);
        TestUi.find("ts-conclusion-approve", Button.class).click();
        assertEquals("!{teachersupport.ui.conclusion.approves}!", TestUi.find("ts-approve-signs", Paragraph.class)
                .getText());
        calls.clear();
        TestUi.find("ts-approve-confirm", Button.class).click();
        assertTrue(calls.contains("approve 12 " + Data.conclusion(LocalDate.now(), null).version() + " "
                + LocalDate.now()), calls.toString());
    }

    @Test
    void theLeadRecordsADiagnosisOfBothProblems() {
        open(LEAD);
        tab(1);
        TestUi.find("ts-diagnosis-add", Button.class).click();
        combo("ts-diagnosis-source").setValue("lesson-analysis");
        assertEquals(Data.DEPUTY, combo("ts-diagnosis-by").getValue(), "the user's own staff record");
        TestUi.find("ts-diagnosis-findings", TextArea.class).setValue("Objectives not stated");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Problem> problems = TestUi.find("ts-diagnosis-problems", CheckboxGroup.class);
        problems.setValue(Set.copyOf(Data.problems()));
        TestUi.find("ts-diagnosis-save", Button.class).click();
        assertEquals("diagnosis 12 lesson-analysis " + LocalDate.now() + " 2 Objectives not stated [31, 32]",
                calls.get(calls.size() - 2));
        assertEquals("get 12", calls.get(calls.size() - 1), "the page reads the record afresh");
    }

    @Test
    void aLessonVisitAsksForTheAnalysisOfTheLesson() {
        open(LEAD);
        tab(3);
        TestUi.find("ts-help-add", Button.class).click();
        combo("ts-help-form").setValue("consultation");
        assertEquals("counselling", combo("ts-help-direction").getValue(), "the form proposes its direction");
        combo("ts-help-form").setValue("lesson-visit");
        assertEquals("methodology", combo("ts-help-direction").getValue(), "a proposal follows the form");
        assertEquals("!{teachersupport.ui.help.analysis}!", TestUi.find("ts-help-content", TextArea.class).getLabel());
        assertFalse(TestUi.find("ts-help-level", Select.class).isVisible());
        combo("ts-help-by").setValue(Data.PSYCHOLOGIST);
        TestUi.find("ts-help-topic", TextField.class).setValue("Physics, 8A");
        TestUi.find("ts-help-save", Button.class).click();
        assertTrue(TestUi.find("ts-help-content", TextArea.class).isInvalid(), "the analysis is required");
        TestUi.find("ts-help-content", TextArea.class).setValue("Good pace, objectives unclear");
        TestUi.find("ts-help-recommendations", TextArea.class).setValue("State the objectives");
        TestUi.find("ts-help-save", Button.class).click();
        assertEquals("help lesson-visit 6 Physics, 8A / Good pace, objectives unclear / State the objectives null"
                + " methodology", calls.get(calls.size() - 2));
    }

    @Test
    void aCompetitionAsksForItsLevel() {
        open(LEAD);
        tab(3);
        TestUi.find("ts-help-add", Button.class).click();
        combo("ts-help-form").setValue("competition");
        @SuppressWarnings("unchecked")
        Select<CompetitionLevel> level = TestUi.find("ts-help-level", Select.class);
        assertTrue(level.isVisible());
        combo("ts-help-by").setValue(Data.DEPUTY);
        TestUi.find("ts-help-topic", TextField.class).setValue("Teacher of the year");
        TestUi.find("ts-help-save", Button.class).click();
        assertTrue(level.isInvalid());
        level.setValue(CompetitionLevel.CITY);
        combo("ts-help-direction").setValue("education");
        TestUi.find("ts-help-save", Button.class).click();
        assertTrue(calls.get(calls.size() - 2).endsWith(" CITY education"), "a chosen direction is sent: " + calls);
    }

    @Test
    void theLeadRecordsTheResultOfAnOverdueCheckpoint() {
        open(LEAD);
        tab(2);
        TestUi.find("ts-checkpoint-result-41", Button.class).click();
        TestUi.find("ts-result-text", TextArea.class).setValue("Lesson held, objectives stated");
        TestUi.find("ts-result-evidence", TextArea.class).setValue("Analysis of the lesson");
        TestUi.find("ts-result-save", Button.class).click();
        assertEquals("result 41 1 " + LocalDate.now() + " Lesson held, objectives stated / Analysis of the lesson",
                calls.get(calls.size() - 2));
    }

    @Test
    void withoutARouteThereIsNoCheckpointToPlan() {
        route = Optional.empty();
        open(LEAD);
        tab(2);
        Set<String> ids = TestUi.ids();
        assertTrue(ids.contains("ts-route-none") && ids.contains("ts-route-edit"), ids.toString());
        assertFalse(ids.contains("ts-checkpoint-add"));
    }

    @Test
    void theConclusionShowsWhatSigningNeedsAndTheServiceRefusesToSignWithItsMessage() {
        open(LEAD);
        tab(5);
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("ts-outcomes-grid", "ts-outcome-after-missing-32", "ts-conclusion-missing",
                "ts-conclusion-draft")), ids.toString());
        assertFalse(ids.contains("ts-outcome-before-missing-31"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Verdict> verdict = TestUi.find("ts-conclusion-verdict", RadioButtonGroup.class);
        verdict.setValue(Verdict.SUCCESSFUL);
        @SuppressWarnings("unchecked")
        CheckboxGroup<TeacherNeed> needs = TestUi.find("ts-conclusion-needs", CheckboxGroup.class);
        needs.setValue(Set.of(TeacherNeed.NONE));
        signRefusal = new ValidationException("outcome", "teachersupport.rule.outcomeMissing", 2);
        TestUi.find("ts-conclusion-sign", Button.class).click();
        TestUi.find("ts-sign-confirm", Button.class).click();
        assertTrue(calls.contains("save 12 5 SUCCESSFUL [NONE]"), calls.toString());
        assertTrue(calls.contains("sign 12 6 " + LocalDate.now()), calls.toString());
        assertTrue(notifications().contains("!{teachersupport.rule.outcomeMissing}!"), notifications().toString());
        assertFalse(TestUi.ids().contains("ts-sign-dialog"));
    }

    @Test
    void theLeadWritesTheMissingStateAfterAndSigns() {
        open(LEAD);
        tab(5);
        TestUi.find("ts-outcome-edit-32", Button.class).click();
        assertEquals("Noisy", TestUi.find("ts-outcome-before", TextArea.class).getValue());
        TestUi.find("ts-outcome-after", TextArea.class).setValue("Calm");
        TestUi.find("ts-outcome-save", Button.class).click();
        assertTrue(calls.contains("outcome 32 1 Noisy / Calm"), calls.toString());
        TestUi.find("ts-conclusion-sign", Button.class).click();
        DatePicker day = TestUi.find("ts-sign-date", DatePicker.class);
        assertEquals(LocalDate.now(), day.getValue());
        TestUi.find("ts-sign-confirm", Button.class).click();
        assertTrue(calls.contains("sign 12 6 " + LocalDate.now()), calls.toString());
        assertTrue(notifications().contains("!{teachersupport.ui.conclusion.signedDone}!"), notifications().toString());
    }
}
