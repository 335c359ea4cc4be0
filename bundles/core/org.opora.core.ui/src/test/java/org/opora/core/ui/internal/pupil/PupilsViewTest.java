package org.opora.core.ui.internal.pupil;

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
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.Sex;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilDraft;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.ui.internal.Data;
import org.opora.core.ui.internal.FakeExchange;
import org.opora.core.ui.testing.FakeClasses;
import org.opora.core.ui.testing.FakePupils;
import org.opora.core.ui.testing.FakeSchool;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;

class PupilsViewTest {

    private final List<String> asked = new ArrayList<>();
    private final FakePupils pupils = new FakePupils() {
        @Override
        public List<Pupil> find(PupilQuery q, int offset, int limit) {
            asked.add("find " + describe(q) + " " + offset);
            return List.of(Data.pupil(1, "Ivanov", Data.CLASS_7B));
        }

        @Override
        public int count(PupilQuery q) {
            asked.add("count " + describe(q));
            return 1;
        }

        @Override
        public Pupil create(PupilDraft draft) {
            asked.add("create " + draft.name().full() + " " + draft.classId());
            throw new ValidationException("birthDate", "core.error.pupil.birthDate", 25);
        }
    };
    private final FakeClasses classes = new FakeClasses() {
        @Override
        public List<SchoolClass> classes(AcademicYear year) {
            return List.of(Data.CLASS_7B, Data.CLASS_8A);
        }

        @Override
        public SchoolClass get(long classId) {
            return new SchoolClass(classId, new AcademicYear(2024), 6, "B", null, "", 3, 0);
        }
    };

    private static String describe(PupilQuery q) {
        return "'" + q.text() + "' " + q.classId() + " '" + q.flag() + "' " + q.archived();
    }

    private PupilsView open(SecurityContext user) {
        PupilsView view = new PupilsView(pupils, classes, new FakeSchool(), Data.lists(), new FakeExchange(), user);
        UI.getCurrent().add(view);
        TestUi.roundTrip();
        asked.clear();
        return view;
    }

    @BeforeEach
    void ui() {
        TestUi.open();
    }

    @AfterEach
    void close() {
        TestUi.close();
    }

    @SuppressWarnings("unchecked")
    private Grid<Pupil> grid() {
        return TestUi.find("pupils-grid", Grid.class);
    }

    @Test
    void theGridAsksTheServiceWithTheTypedFilterAndShowsTheCount() {
        open(Data.user(CorePermissions.PUPIL_READ, CorePermissions.PUPIL_FLAGS));
        TestUi.find("pupils-search", TextField.class).setValue("Ivan");
        @SuppressWarnings("unchecked")
        ComboBox<SchoolClass> c = TestUi.find("pupils-class", ComboBox.class);
        c.setValue(Data.CLASS_8A);
        TestUi.find("pupils-archived", Checkbox.class).setValue(true);
        asked.clear();
        TestUi.fetch(grid());
        assertTrue(asked.contains("count 'Ivan' 6 '' true"), asked.toString());
        assertTrue(asked.contains("find 'Ivan' 6 '' true 0"), asked.toString());
        assertTrue(TestUi.find("pupils-count", Span.class).getText().contains("core.ui.pupils.count"));
    }

    @Test
    void theFlagFilterNarrowsTheList() {
        open(Data.user(CorePermissions.PUPIL_READ, CorePermissions.PUPIL_FLAGS));
        @SuppressWarnings("unchecked")
        ComboBox<org.opora.core.api.ListItem> flag = TestUi.find("pupils-flag", ComboBox.class);
        flag.setValue(new org.opora.core.api.ListItem("risk", "Risk group"));
        asked.clear();
        TestUi.fetch(grid());
        assertTrue(asked.contains("count '' null 'risk' false"), asked.toString());
    }

    @Test
    void aReaderSeesNoAddImportExportOrFlagFilter() {
        open(Data.user(CorePermissions.PUPIL_READ));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("pupils-search", "pupils-class", "pupils-archived", "pupils-grid")), ids
                .toString());
        for (String hidden : List.of("pupils-add", "pupils-import", "pupils-export", "pupils-flag")) {
            assertFalse(ids.contains(hidden), hidden);
        }
    }

    @Test
    void permissionsBringTheButtons() {
        open(Data.user(CorePermissions.PUPIL_READ, CorePermissions.PUPIL_EDIT, CorePermissions.EXCHANGE,
                CorePermissions.PUPIL_FLAGS));
        assertTrue(TestUi.ids().containsAll(Set.of("pupils-add", "pupils-import", "pupils-export", "pupils-flag")));
    }

    @Test
    void theServicesObjectionAppearsOnTheBirthDateAndTheDialogStaysOpen() {
        open(Data.user(CorePermissions.PUPIL_READ, CorePermissions.PUPIL_EDIT));
        TestUi.find("pupils-add", Button.class).click();
        TestUi.find("pupil-surname", TextField.class).setValue("Sidorov");
        TestUi.find("pupil-given-name", TextField.class).setValue("Petr");
        TestUi.find("pupil-birth-date", DatePicker.class).setValue(LocalDate.of(1990, 1, 1));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Sex> sex = TestUi.find("pupil-sex", RadioButtonGroup.class);
        sex.setValue(Sex.MALE);
        @SuppressWarnings("unchecked")
        ComboBox<SchoolClass> c = TestUi.find("pupil-class", ComboBox.class);
        c.setValue(Data.CLASS_7B);
        TestUi.find("pupil-dialog-save", Button.class).click();
        assertEquals(List.of("create Sidorov Petr 5"), asked);
        DatePicker birth = TestUi.find("pupil-birth-date", DatePicker.class);
        assertTrue(birth.isInvalid());
        assertTrue(birth.getErrorMessage().contains("core.error.pupil.birthDate"), birth.getErrorMessage());
        assertTrue(TestUi.find("pupil-dialog", PupilDialog.class).isOpened());
    }

    @Test
    void anIncompleteFormIsNotSent() {
        open(Data.user(CorePermissions.PUPIL_READ, CorePermissions.PUPIL_EDIT));
        TestUi.find("pupils-add", Button.class).click();
        TestUi.find("pupil-surname", TextField.class).setValue("Sidorov");
        TestUi.find("pupil-dialog-save", Button.class).click();
        assertTrue(asked.isEmpty(), asked.toString());
        assertTrue(TestUi.find("pupil-given-name", TextField.class).isInvalid());
    }

    @Test
    void aClassFromTheAddressIsPreselected() {
        PupilsView view = open(Data.user(CorePermissions.PUPIL_READ));
        view.showClass("5");
        asked.clear();
        TestUi.fetch(grid());
        assertTrue(asked.contains("count '' 5 '' false"), asked.toString());
        view.showClass("77");
        asked.clear();
        TestUi.fetch(grid());
        assertTrue(asked.contains("count '' 77 '' false"), asked.toString());
    }

    @Test
    void theExportFileIsNamedByTheDay() {
        assertEquals("pupils-2026-03-09.xlsx", PupilExport.fileName(LocalDate.of(2026, 3, 9)));
    }
}
