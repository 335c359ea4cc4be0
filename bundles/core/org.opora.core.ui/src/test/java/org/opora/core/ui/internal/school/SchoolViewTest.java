package org.opora.core.ui.internal.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.ConflictException;
import org.opora.core.api.School;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.ui.internal.Data;
import org.opora.core.ui.testing.FakeSchool;
import org.opora.core.ui.testing.FakeStaff;
import org.opora.platform.ui.testing.TestUi;

class SchoolViewTest {

    private final List<String> calls = new ArrayList<>();
    private boolean refuse;
    private final FakeSchool school = new FakeSchool() {
        @Override
        public School school() {
            calls.add("read");
            return super.school();
        }

        @Override
        public School update(String name, String number, String address, Long directorId, long version) {
            calls.add("update " + name + " " + directorId + " " + version);
            if (refuse) {
                throw ValidationErrors.of(List.of(new ValidationException("name", "core.error.required"),
                        new ValidationException("number", "core.error.tooLong", 20)));
            }
            throw new ConflictException();
        }
    };
    private final FakeStaff staff = new FakeStaff() {
        @Override
        public StaffMember get(long id) {
            return Data.staff(id, "Smirnova");
        }
    };

    @BeforeEach
    void ui() {
        TestUi.open();
        UI.getCurrent().add(new SchoolView(school, staff));
    }

    @AfterEach
    void close() {
        TestUi.close();
    }

    @Test
    void savingSendsTheVersionReadAndAConflictOffersReload() {
        assertEquals("School 59", TestUi.find("school-name", TextField.class).getValue());
        TestUi.find("school-name", TextField.class).setValue("School No. 59");
        TestUi.find("school-save", Button.class).click();
        assertEquals(List.of("read", "update School No. 59 9 3"), calls);
        TestUi.find("conflict-confirm", Button.class).click();
        assertEquals("read", calls.get(2));
        assertEquals("School 59", TestUi.find("school-name", TextField.class).getValue());
    }

    @Test
    void everyObjectionOfTheServiceIsMarkedOnItsInputAnEmptyNameAmongThem() {
        refuse = true;
        TestUi.find("school-name", TextField.class).setValue(" ");
        TestUi.find("school-number", TextField.class).setValue("1".repeat(21));
        TestUi.find("school-save", Button.class).click();
        assertEquals(List.of("read", "update  9 3"), calls);
        assertTrue(TestUi.find("school-name", TextField.class).isInvalid());
        assertTrue(TestUi.find("school-number", TextField.class).isInvalid());
    }
}
