package org.opora.programmes.ui.internal.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.ui.testing.FakeClasses;
import org.opora.core.ui.testing.FakePupils;
import org.opora.core.ui.testing.FakeSchool;
import org.opora.core.ui.testing.FakeStaff;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeDraft;
import org.opora.programmes.api.programme.ProgrammeQuery;
import org.opora.programmes.api.programme.ProgrammeSummary;
import org.opora.programmes.ui.internal.fake.Data;
import org.opora.programmes.ui.internal.fake.FakePlans;
import org.opora.programmes.ui.internal.fake.FakeProgrammes;
import org.opora.programmes.ui.internal.fake.FakeSettings;

class ProgrammesViewTest {

    private final List<String> calls = new ArrayList<>();
    private final List<Long> opened = new ArrayList<>();
    private final FakeSettings settings = new FakeSettings();
    private final FakeProgrammes programmes = new FakeProgrammes() {
        @Override
        public List<ProgrammeSummary> find(ProgrammeQuery q, int offset, int limit) {
            calls.add("find " + q.state() + " " + q.classId() + " " + q.overdue() + " " + q.activeOnly()
                    + (q.curatorId() == null ? "" : " curator " + q.curatorId()));
            return List.of(Data.summary(12, true), Data.summary(13, false));
        }

        @Override
        public int count(ProgrammeQuery query) {
            return 2;
        }

        @Override
        public Programme create(ProgrammeDraft draft) {
            calls.add("create " + draft.pupilId());
            return Data.programme(ProgrammeState.DRAFT);
        }
    };
    private final FakePupils pupils = new FakePupils() {
        @Override
        public List<Pupil> find(PupilQuery query, int offset, int limit) {
            return List.of(Data.IVANOV);
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

    private ProgrammesView open(SecurityContext user) {
        SchoolClass b7 = new SchoolClass(9, new AcademicYear(2025), 7, "B", 7L, "Morozova Anna", 20, 1);
        ProgrammesView view = new ProgrammesView(new ProgrammesView.Services(programmes, new FakePlans(), settings,
                (list, locale) -> List.of(), new FakeStaff(Data.STAFF), pupils, new FakeClasses(List.of(b7)), new FakeSchool(), user)) {
            private static final long serialVersionUID = 1L;

            @Override
            void open(long programmeId) {
                opened.add(programmeId);
            }
        };
        UI.getCurrent().add(view);
        TestUi.roundTrip();
        return view;
    }

    @Test
    void theListShowsActiveProgrammesAndGreysThoseWhoseContentIsHidden() {
        open(Data.user("teacher", ProgrammesPermissions.ACCESS));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("programmes-grid", "programmes-state", "programmes-curator",
                "programmes-class", "programmes-ending-soon", "programmes-overdue", "programmes-active",
                "programme-restricted", "programmes-row-12", "programmes-row-13", "programmes-hidden-13",
                "programmes-tab-plans")), ids.toString());
        assertFalse(ids.contains("programmes-hidden-12"), "a readable row is not greyed");
        assertFalse(ids.contains("programmes-new"), "only who drafts programmes starts one");
        assertTrue(TestUi.find("programmes-active", Checkbox.class).getValue());
        assertEquals("find null null false true", calls.get(0), "active programmes by default");
        assertEquals(2, TestUi.items(TestUi.find("programmes-grid", Grid.class)).size());
        TestUi.find("programmes-overdue", Checkbox.class).setValue(true);
        TestUi.fetch(TestUi.find("programmes-grid", Grid.class));
        assertEquals("find null null true true", calls.get(calls.size() - 1));
        @SuppressWarnings("unchecked")
        ComboBox<SchoolClass> classes = TestUi.find("programmes-class", ComboBox.class);
        assertEquals("7B", classes.getItemLabelGenerator().apply(classes.getListDataView().getItem(0)));
    }

    @Test
    void aCuratorListsTheProgrammesSheIsCuratorOfWithOneTick() {
        open(Data.user("psychologist", ProgrammesPermissions.ACCESS, ProgrammesPermissions.DRAFT));
        Checkbox mine = TestUi.find("programmes-mine", Checkbox.class);
        assertTrue(mine.isVisible(), "she has a staff record");
        mine.setValue(true);
        TestUi.roundTrip();
        @SuppressWarnings("unchecked")
        ComboBox<StaffMember> curator = TestUi.find("programmes-curator", ComboBox.class);
        assertEquals(Data.CURATOR, curator.getValue());
        assertTrue(curator.isReadOnly());
        assertTrue(calls.get(calls.size() - 1).endsWith(" curator " + Data.CURATOR.id()), calls.toString());
        mine.setValue(false);
        assertEquals(null, curator.getValue());
        assertFalse(curator.isReadOnly());
    }

    @Test
    void onlyTheVariantsTheSchoolKeepsAreShown() {
        settings.variants(true, false);
        open(Data.user("teacher", ProgrammesPermissions.ACCESS));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.contains("programmes-tab-programmes"), ids.toString());
        assertFalse(ids.contains("programmes-tab-plans"), "a school without individual plans has no such tab");
        TestUi.close();
        TestUi.open();
        settings.variants(false, false);
        open(Data.user("teacher", ProgrammesPermissions.ACCESS));
        assertTrue(TestUi.ids().contains("programmes-no-variant"));
    }

    @Test
    void aSpecialistDraftsAProgrammeForAPupilAndItOpens() {
        open(Data.user("psychologist", ProgrammesPermissions.ACCESS, ProgrammesPermissions.DRAFT));
        TestUi.find("programmes-new", Button.class).click();
        TestUi.find("programme-new-save", Button.class).click();
        assertTrue(TestUi.find("programme-pupil", ComboBox.class).isInvalid(), "the pupil is required");
        assertFalse(calls.stream().anyMatch(c -> c.startsWith("create")));
        @SuppressWarnings("unchecked")
        ComboBox<Pupil> pupil = TestUi.find("programme-pupil", ComboBox.class);
        pupil.setValue(Data.IVANOV);
        TestUi.find("programme-new-save", Button.class).click();
        assertTrue(calls.contains("create 1"), calls.toString());
        assertEquals(List.of(12L), opened);
    }
}
