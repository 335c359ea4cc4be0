package org.opora.core.ui.internal.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.ClassDraft;
import org.opora.core.api.pupil.PromotionResult;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.ui.internal.Data;
import org.opora.core.ui.testing.FakeClasses;
import org.opora.core.ui.testing.FakeSchool;
import org.opora.core.ui.testing.FakeStaff;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;

class ClassesViewTest {

    private final List<String> calls = new ArrayList<>();
    private final FakeClasses classes = new FakeClasses() {
        @Override
        public List<SchoolClass> classes(AcademicYear year) {
            calls.add("classes " + year);
            return year.equals(Data.YEAR) ? List.of(Data.CLASS_7B, Data.CLASS_8A) : List.of();
        }

        @Override
        public SchoolClass create(AcademicYear year, ClassDraft draft, java.util.Set<Long> teacherIds) {
            calls.add("create " + year + " " + draft.grade() + draft.letter());
            throw new ValidationException("letter", "core.error.class.exists", "5A");
        }

        @Override
        public PromotionResult promotionPreview() {
            calls.add("preview");
            return new PromotionResult(Data.YEAR, Data.YEAR.next(), 10, 240, 25);
        }

        @Override
        public PromotionResult promote() {
            calls.add("promote");
            return new PromotionResult(Data.YEAR, Data.YEAR.next(), 10, 240, 25);
        }
    };

    private void open(SecurityContext user) {
        UI.getCurrent().add(new ClassesView(classes, new FakeSchool(), new FakeStaff(), user));
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
    void theCurrentYearIsPreselectedAndItsClassesShown() {
        open(Data.user(CorePermissions.PUPIL_READ));
        @SuppressWarnings("unchecked")
        Select<AcademicYear> year = TestUi.find("classes-year", Select.class);
        assertEquals(Data.YEAR, year.getValue());
        @SuppressWarnings("unchecked")
        Grid<SchoolClass> grid = TestUi.find("classes-grid", Grid.class);
        assertEquals(List.of(Data.CLASS_7B, Data.CLASS_8A), TestUi.items(grid));
        assertEquals(List.of("classes 2025/2026"), calls);
        year.setValue(new AcademicYear(2024));
        assertEquals(List.of(), TestUi.items(grid));
    }

    @Test
    void onlyClassManagersAddAndPromote() {
        open(Data.user(CorePermissions.PUPIL_READ));
        Set<String> ids = TestUi.ids();
        assertFalse(ids.contains("classes-add") || ids.contains("classes-promote") || ids.contains("classes-edit-5"),
                ids.toString());
        TestUi.close();
        TestUi.open();
        open(Data.user(CorePermissions.PUPIL_READ, CorePermissions.CLASS_MANAGE));
        assertTrue(TestUi.ids().containsAll(Set.of("classes-add", "classes-promote", "classes-edit-5")));
    }

    @Test
    void promotionIsConfirmedFirstAndThenDone() {
        open(Data.user(CorePermissions.PUPIL_READ, CorePermissions.CLASS_MANAGE));
        calls.clear();
        TestUi.find("classes-promote", Button.class).click();
        assertEquals(List.of("preview"), calls, "nothing but the preview before the user confirms");
        TestUi.find("classes-promote-dialog-confirm", Button.class).click();
        assertEquals("promote", calls.get(1));
    }

    @Test
    void anExistingClassIsReportedOnTheLetter() {
        open(Data.user(CorePermissions.PUPIL_READ, CorePermissions.CLASS_MANAGE));
        TestUi.find("classes-add", Button.class).click();
        TestUi.find("class-grade", IntegerField.class).setValue(5);
        TestUi.find("class-letter", TextField.class).setValue("a");
        TestUi.find("class-save", Button.class).click();
        assertTrue(calls.contains("create 2025/2026 5A"), calls.toString());
        TextField letter = TestUi.find("class-letter", TextField.class);
        assertTrue(letter.isInvalid());
        assertTrue(letter.getErrorMessage().contains("core.error.class.exists"));
    }
}
