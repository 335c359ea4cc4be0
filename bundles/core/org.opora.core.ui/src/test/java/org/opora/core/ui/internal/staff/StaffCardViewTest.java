package org.opora.core.ui.internal.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.PersonName;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.HeadAppointment;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.ui.internal.Data;
import org.opora.core.ui.internal.FakeStaffSections;
import org.opora.core.ui.internal.FakeStructure;
import org.opora.core.ui.testing.FakeStaff;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;

class StaffCardViewTest {

    private static final LocalDate APPOINTED = LocalDate.of(2024, 9, 2);

    private final StaffMember orlova = Data.staff(3, "Orlova");
    private final StaffMember left = new StaffMember(4, new PersonName("Petrov", "Ivan", ""), "teacher", List.of(),
            "", "", "", false, 2);
    private final List<String> calls = new ArrayList<>();
    private final FakeStaff staff = new FakeStaff() {
        @Override
        public StaffMember get(long id) {
            calls.add("get " + id);
            return List.of(orlova, left).stream().filter(s -> s.id() == id).findFirst()
                    .orElseThrow(() -> new NotFoundException("core.staff", id));
        }
    };
    private final FakeStructure structure = new FakeStructure() {
        @Override
        public Optional<HeadAppointment> headOfService(LocalDate on) {
            return Optional.of(new HeadAppointment(1, 3, "Orlova O. P.", 8, "12-k", APPOINTED, APPOINTED, null));
        }

        @Override
        public List<BodyMember> membershipsOf(long staffId, LocalDate on) {
            calls.add("memberships " + staffId);
            return staffId != 3 ? List.of()
                    : List.of(new BodyMember(5, "ppk", 3, "Orlova O. P.", "chair", APPOINTED, null, 8L, "12-k",
                            APPOINTED));
        }
    };
    private final FakeStaffSections sections = new FakeStaffSections();
    private final List<Long> created = new ArrayList<>();

    @BeforeEach
    void ui() {
        TestUi.open();
        sections.install("teacher-support", 200, id -> {
            created.add(id);
            Span s = new Span("support of " + id);
            s.setId("support-content");
            return s;
        });
    }

    @AfterEach
    void close() {
        TestUi.close();
    }

    private StaffCardView open(long id, SecurityContext user) {
        StaffCardView view = new StaffCardView(new StaffCardView.Services(staff, structure, Data.lists()), sections,
                user);
        view.setParameter(null, id);
        UI.getCurrent().add(view);
        TestUi.roundTrip();
        return view;
    }

    private static List<String> tabIds() {
        TabSheet tabs = TestUi.find("staff-card-tabs", TabSheet.class);
        return IntStream.range(0, tabs.getTabCount()).mapToObj(i -> tabs.getTabAt(i).getId().orElse("?")).toList();
    }

    @Test
    void theCardShowsThePersonTheirBodiesAndThenTheModulesTabs() {
        open(3, Data.user(CorePermissions.STAFF_READ));
        assertEquals("Orlova Olga Petrovna", TestUi.find("staff-card-name", H2.class).getText());
        assertEquals("teacher", TestUi.find("staff-card-position", TextField.class).getValue());
        assertEquals("Psychologist", TestUi.find("staff-card-types", TextField.class).getValue());
        assertEquals("—", TestUi.find("staff-card-phone", TextField.class).getValue(), "an empty phone is a dash");
        assertTrue(TestUi.find("staff-card-position", TextField.class).isReadOnly());
        assertTrue(TestUi.ids().contains("staff-card-head"), "the head of service is named as such");
        @SuppressWarnings("unchecked")
        Grid<BodyMember> bodies = TestUi.find("staff-card-bodies", Grid.class);
        assertEquals(1, bodies.getGenericDataView().getItems().count());
        assertEquals(List.of("staff-card-tab-main", "staff-card-tab-module-teacher-support"), tabIds());
        assertTrue(created.isEmpty(), "a module's content is made only when its tab is opened");
        TestUi.find("staff-card-tabs", TabSheet.class).setSelectedIndex(1);
        assertEquals(List.of(3L), created);
        assertTrue(TestUi.ids().contains("support-content"));
        assertFalse(TestUi.ids().contains("staff-card-edit"), "only those who manage staff change it");
    }

    @Test
    void moduleTabsComeAndGoWhileTheCardIsOpen() {
        StaffCardView view = open(3, Data.user(CorePermissions.STAFF_READ));
        sections.install("courses", 100, id -> new Span("courses"));
        assertEquals(List.of("staff-card-tab-main", "staff-card-tab-module-courses",
                "staff-card-tab-module-teacher-support"), tabIds());
        sections.uninstall("teacher-support");
        assertEquals(List.of("staff-card-tab-main", "staff-card-tab-module-courses"), tabIds());
        assertEquals(1, sections.listeners());
        UI.getCurrent().remove(view);
        assertEquals(0, sections.listeners(), "the card stops listening when it is closed");
    }

    @Test
    void aBrokenModuleTabDoesNotTakeTheCardDown() {
        sections.install("broken", 300, id -> {
            throw new IllegalStateException("broken module");
        });
        open(3, Data.user(CorePermissions.STAFF_READ));
        TestUi.find("staff-card-tabs", TabSheet.class).setSelectedIndex(2);
        assertTrue(TestUi.ids().contains("staff-card-section-failed-broken"), TestUi.ids().toString());
    }

    @Test
    void aFormerEmployeeIsMarkedAndBelongsToNoBody() {
        open(4, Data.user(CorePermissions.STAFF_READ));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("staff-card-inactive", "staff-card-no-bodies")), ids.toString());
        assertFalse(ids.contains("staff-card-head"));
    }

    @Test
    void anUnknownStaffMemberIsReportedAsNotFound() {
        open(999, Data.user(CorePermissions.STAFF_READ));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.contains("staff-not-found"), ids.toString());
        assertTrue(TestUi.find("staff-not-found", Paragraph.class).getText()
                .contains("core.ui.staff.card.notFound.text"));
        assertFalse(ids.contains("staff-card-tabs"));
    }

    @Test
    void aStaffManagerEditsFromTheCardAndTheCardIsReadAgain() {
        open(3, Data.user(CorePermissions.STAFF_READ, CorePermissions.STAFF_MANAGE));
        calls.clear();
        TestUi.find("staff-card-edit", Button.class).click();
        assertEquals("Orlova", TestUi.find("staff-surname", TextField.class).getValue());
        TestUi.find("staff-cancel", Button.class).click();
        assertTrue(calls.isEmpty(), calls.toString());
    }
}
