package org.opora.patronage.ui.internal.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.core.ui.testing.FakePrinting;
import org.opora.core.ui.testing.FakeStaff;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.year.CategoryFigures;
import org.opora.patronage.api.year.Schedule;
import org.opora.patronage.api.year.ScheduleEntry;
import org.opora.patronage.api.year.YearService;
import org.opora.patronage.api.year.YearSummary;
import org.opora.patronage.ui.internal.fake.Data;
import org.opora.patronage.ui.internal.fake.FakeCases;
import org.opora.patronage.ui.internal.fake.FakeSettings;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;

/** The year's schedule and summary: who writes, who approves, who sees the figures. */
class YearViewTest {

    private static final SecurityContext COORDINATOR = Data.user("socped", PatronagePermissions.ACCESS,
            PatronagePermissions.WORK, PatronagePermissions.COORDINATE);
    private static final SecurityContext DIRECTOR = Data.user("director", PatronagePermissions.ACCESS,
            PatronagePermissions.APPOINT, PatronagePermissions.READ_ALL);
    private static final SecurityContext TEACHER = Data.user("teacher", PatronagePermissions.ACCESS);
    private static final int YEAR = AcademicYear.containing(LocalDate.now()).startYear();

    private final List<String> calls = new ArrayList<>();
    private final List<ScheduleEntry> entries = new ArrayList<>(List.of(
            new ScheduleEntry(1, YEAR, "September", "Curators fixed by order", "Director", 1)));
    private boolean approved;
    private boolean mayOpen = true;
    private final FakeCases cases = new FakeCases() {
        @Override
        public boolean mayOpen() {
            return mayOpen;
        }
    };

    private final YearService years = new YearService() {
        @Override
        public Schedule schedule(int year) {
            return new Schedule(year, entries, approved ? "Director" : "", approved ? LocalDate.now() : null, 1);
        }

        @Override
        public ScheduleEntry addEntry(int year, String when, String activity, String responsible) {
            calls.add("add " + year + " " + when + " / " + activity + " / " + responsible);
            ScheduleEntry e = new ScheduleEntry(2, year, when, activity, responsible, 1);
            entries.add(e);
            return e;
        }

        @Override
        public ScheduleEntry updateEntry(long id, long version, String when, String activity, String responsible) {
            calls.add("update " + id);
            return entries.get(0);
        }

        @Override
        public void removeEntry(long id, long version) {
            calls.add("remove " + id);
        }

        @Override
        public Schedule approve(int year, long version, LocalDate on) {
            calls.add("approve " + year + " " + version + " " + on);
            approved = true;
            return schedule(year);
        }

        @Override
        public YearSummary summary(int year) {
            calls.add("summary " + year);
            return new YearSummary(year, List.of(new CategoryFigures("deviant", 2, 1, 1, 5, 1, 9)), "", 0);
        }

        @Override
        public YearSummary writeEffectivePractice(int year, long version, String text) {
            calls.add("practice " + year + " " + version + " " + text);
            return summary(year);
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

    private YearView open(SecurityContext user) {
        YearView view = new YearView(new YearView.Services(years, cases, new FakeSettings(), new FakePrinting(),
                new FakeStaff(List.of(Data.SOCPED)), user));
        UI.getCurrent().add(view);
        TestUi.roundTrip();
        return view;
    }

    @Test
    void theCoordinatorAddsALineAndWritesTheEffectivePractice() {
        YearView view = open(COORDINATOR);
        assertEquals(YEAR, view.years().get(4));
        assertFalse(TestUi.ids().contains("patronage-schedule-approve"), "the director approves");
        TestUi.find("patronage-schedule-add", Button.class).click();
        TestUi.find("patronage-schedule-when", TextField.class).setValue("Every quarter");
        TestUi.find("patronage-schedule-activity", TextArea.class).setValue("Administrative meeting");
        TestUi.find("patronage-schedule-responsible", TextField.class).setValue("Director");
        TestUi.find("patronage-schedule-save", Button.class).click();
        assertTrue(calls.contains("add " + YEAR + " Every quarter / Administrative meeting / Director"),
                calls.toString());
        TestUi.find("patronage-summary-practice", TextArea.class).setValue("Weekly talks");
        TestUi.find("patronage-summary-save", Button.class).click();
        assertTrue(calls.contains("practice " + YEAR + " 0 Weekly talks"), calls.toString());
    }

    @Test
    void theDirectorApprovesAndTheScheduleIsThenFixed() {
        open(DIRECTOR);
        assertFalse(TestUi.ids().contains("patronage-schedule-add"));
        TestUi.find("patronage-schedule-approve", Button.class).click();
        TestUi.find("patronage-schedule-approve-confirm-confirm", Button.class).click();
        assertTrue(calls.contains("approve " + YEAR + " 1 " + LocalDate.now()), calls.toString());
        assertFalse(TestUi.ids().contains("patronage-schedule-approve"));
        assertTrue(TestUi.find("patronage-summary-practice", TextArea.class).isReadOnly());
    }

    @Test
    void aClassTeacherSeesTheScheduleButNoFigures() {
        open(TEACHER);
        assertTrue(TestUi.ids().contains("patronage-schedule-grid"));
        assertTrue(TestUi.ids().contains("patronage-schedule-pdf"), "the schedule is printed for everyone who reads it");
        assertFalse(TestUi.ids().contains("patronage-summary-grid"));
        assertFalse(calls.stream().anyMatch(c -> c.startsWith("summary")));
    }

    @Test
    void aHolderOfTheCoordinatorsPermissionWhoIsNotTheCoordinatorReadsTheScheduleAndIsToldWhoWritesIt() {
        mayOpen = false;
        open(Data.user("psychologist", PatronagePermissions.ACCESS, PatronagePermissions.WORK,
                PatronagePermissions.COORDINATE));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("patronage-not-coordinator", "patronage-schedule-grid")), ids.toString());
        assertFalse(ids.contains("patronage-schedule-add"), "no line the service would refuse");
        assertFalse(ids.contains("patronage-summary-save"));
        assertFalse(calls.stream().anyMatch(c -> c.startsWith("summary")), "the figures the service would refuse");
        assertEquals("!{patronage.ui.notCoordinatorUnnamed}!",
                TestUi.find("patronage-not-coordinator", Paragraph.class).getText(),
                "without core.staff.read the coordinators are not looked up");
        TestUi.close();
        TestUi.open();
        mayOpen = true;
        open(COORDINATOR);
        ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("patronage-schedule-add", "patronage-summary-save")), ids.toString());
        assertFalse(ids.contains("patronage-not-coordinator"));
    }
}
