package org.opora.teachersupport.ui.internal.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.ui.testing.FakeStaff;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;
import org.opora.teachersupport.api.TeacherSupportPermissions;
import org.opora.teachersupport.api.record.ProblemDraft;
import org.opora.teachersupport.api.record.SupportDraft;
import org.opora.teachersupport.api.record.SupportQuery;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.api.record.SupportStatus;
import org.opora.teachersupport.api.record.SupportSummary;
import org.opora.teachersupport.ui.internal.fake.Data;
import org.opora.teachersupport.ui.internal.fake.FakeRecords;
import org.opora.teachersupport.ui.internal.fake.FakeSettings;

/** The list of support records with its filters, and the administration's decision to support a teacher. */
class RecordsViewTest {

    private final List<String> calls = new ArrayList<>();
    private final List<Long> opened = new ArrayList<>();
    private final FakeRecords records = new FakeRecords() {
        @Override
        public List<SupportSummary> find(SupportQuery q, int offset, int limit) {
            calls.add("find '" + q.text() + "' " + q.status() + " " + q.mine());
            return List.of(Data.summary(12, SupportStatus.IN_PROGRESS), Data.summary(13, SupportStatus.CONCLUDED));
        }

        @Override
        public int count(SupportQuery q) {
            return 2;
        }

        @Override
        public SupportRecord open(SupportDraft d, List<ProblemDraft> problems) {
            calls.add("open " + d.teacherId() + " " + d.decidedOn() + " " + d.leadId() + " " + d.participantIds()
                    + " " + d.plannedForms() + " " + problems.stream().map(p -> p.difficultyType() + " "
                            + p.description()).toList());
            if (problems.stream().anyMatch(p -> p.description().length() > 2000)) {
                throw ValidationErrors.of(List.of(new ValidationException("leadId", "teachersupport.rule.leadType"),
                        new ValidationException("problems.1.description", "core.error.tooLong", 2000)));
            }
            return Data.record(SupportStatus.OPENED, true, true, true);
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

    private void open(SecurityContext user) {
        RecordsView view = new RecordsView(new RecordsView.Services(records, new FakeSettings(),
                new FakeStaff(Data.STAFF), user)) {
            private static final long serialVersionUID = 1L;

            @Override
            void open(long recordId) {
                opened.add(recordId);
            }
        };
        UI.getCurrent().add(view);
        TestUi.roundTrip();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return TestUi.find(id, ComboBox.class);
    }

    @Test
    void aParticipantSeesTheRecordsAndFiltersThem() {
        open(Data.user("psychologist", TeacherSupportPermissions.ACCESS, TeacherSupportPermissions.WORK));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("ts-records-grid", "ts-filter-teacher", "ts-filter-status",
                "ts-record-row-12", "ts-record-row-13", "ts-record-status-12")), ids.toString());
        assertFalse(ids.contains("ts-open-record"), "only the administration opens a record");
        assertFalse(ids.contains("ts-records-year"), "the year is for the holders of read-all");
        assertTrue(TestUi.find("ts-filter-mine", Checkbox.class).isVisible());
        assertEquals("find '' null false", calls.get(0));

        TestUi.find("ts-filter-teacher", TextField.class).setValue("Soko");
        ComboBox<SupportStatus> status = combo("ts-filter-status");
        status.setValue(SupportStatus.CONCLUDED);
        TestUi.find("ts-filter-mine", Checkbox.class).setValue(true);
        @SuppressWarnings("unchecked")
        Grid<SupportSummary> grid = TestUi.find("ts-records-grid", Grid.class);
        TestUi.items(grid);
        assertEquals("find 'Soko' CONCLUDED true", calls.get(calls.size() - 1));
    }

    @Test
    void theDeputyOpensSupportWithTwoProblemsOfDifferentTypes() {
        open(Data.user("deputy", TeacherSupportPermissions.ACCESS, TeacherSupportPermissions.WORK,
                TeacherSupportPermissions.MANAGE, TeacherSupportPermissions.READ_ALL));
        assertTrue(TestUi.ids().contains("ts-records-year"));
        TestUi.find("ts-open-record", Button.class).click();
        ComboBox<StaffMember> teacher = combo("ts-opening-teacher");
        teacher.setValue(Data.TEACHER);
        combo("ts-opening-lead").setValue(Data.DEPUTY);
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> forms = TestUi.find("ts-opening-forms", CheckboxGroup.class);
        assertEquals("Lesson visit", forms.getItemLabelGenerator().apply("lesson-visit"));
        forms.setValue(Set.of("lesson-visit", "consultation"));
        combo("ts-problem-type-0").setValue("methodological");
        TestUi.find("ts-problem-text-0", TextField.class).setValue("Lesson objectives unclear");
        TestUi.find("ts-problem-row-add", Button.class).click();
        combo("ts-problem-type-1").setValue("organisational");
        TestUi.find("ts-problem-text-1", TextField.class).setValue("Classroom discipline");
        TestUi.find("ts-open-save", Button.class).click();

        assertEquals("open 7 " + LocalDate.now() + " 2 [] [consultation, lesson-visit] [methodological Lesson"
                + " objectives unclear, organisational Classroom discipline]", calls.get(calls.size() - 1),
                "the record and its problems in one call");
        assertEquals(List.of(12L), opened);
        assertFalse(TestUi.ids().contains("ts-open-dialog"), "the dialog is closed");
    }

    @Test
    void theServicesObjectionsToTheRecordAndToAProblemAreMarkedTogetherAndNothingIsOpened() {
        open(Data.user("deputy", TeacherSupportPermissions.ACCESS, TeacherSupportPermissions.MANAGE));
        TestUi.find("ts-open-record", Button.class).click();
        combo("ts-opening-teacher").setValue(Data.TEACHER);
        combo("ts-opening-lead").setValue(Data.DEPUTY);
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> forms = TestUi.find("ts-opening-forms", CheckboxGroup.class);
        forms.setValue(Set.of("consultation"));
        combo("ts-problem-type-0").setValue("methodological");
        TestUi.find("ts-problem-text-0", TextField.class).setValue("Lesson objectives unclear");
        TestUi.find("ts-problem-row-add", Button.class).click();
        TestUi.find("ts-problem-row-add", Button.class).click();
        combo("ts-problem-type-2").setValue("organisational");
        TestUi.find("ts-problem-text-2", TextField.class).setValue("я".repeat(2001));

        TestUi.find("ts-open-save", Button.class).click();

        assertTrue(combo("ts-opening-lead").isInvalid(), "the record's objection");
        assertTrue(TestUi.find("ts-problem-text-2", TextField.class).isInvalid(),
                "the second problem written, on the third row, the first left empty");
        assertFalse(TestUi.find("ts-problem-text-0", TextField.class).isInvalid());
        assertEquals(List.of(), opened);
        assertTrue(TestUi.ids().contains("ts-open-dialog"));
    }

    @Test
    void aHalfWrittenProblemIsMarkedAndNothingIsOpened() {
        open(Data.user("deputy", TeacherSupportPermissions.ACCESS, TeacherSupportPermissions.MANAGE));
        TestUi.find("ts-open-record", Button.class).click();
        combo("ts-opening-teacher").setValue(Data.TEACHER);
        combo("ts-opening-lead").setValue(Data.DEPUTY);
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> forms = TestUi.find("ts-opening-forms", CheckboxGroup.class);
        forms.setValue(Set.of("consultation"));
        combo("ts-problem-type-0").setValue("methodological");
        TestUi.find("ts-open-save", Button.class).click();
        assertTrue(TestUi.find("ts-problem-text-0", TextField.class).isInvalid());
        assertTrue(calls.stream().noneMatch(c -> c.startsWith("open")), calls.toString());
        assertTrue(TestUi.ids().contains("ts-open-dialog"));
    }
}
