package org.opora.patronage.ui.internal.cases;

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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.CorePermissions;
import org.opora.core.ui.testing.FakePupils;
import org.opora.core.ui.testing.FakeStaff;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.cases.CaseDraft;
import org.opora.patronage.api.cases.CaseQuery;
import org.opora.patronage.api.cases.CaseSummary;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.cases.PupilAtRisk;
import org.opora.patronage.ui.internal.fake.Data;
import org.opora.patronage.ui.internal.fake.FakeCases;
import org.opora.patronage.ui.internal.fake.FakeSettings;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;

/** The cases list: its filters, the pupils of a mandatory category, and opening a case with the dialog. */
class CasesViewTest {

    private static final SecurityContext COORDINATOR = Data.user("socped", PatronagePermissions.ACCESS,
            PatronagePermissions.WORK, PatronagePermissions.COORDINATE);

    private final List<String> calls = new ArrayList<>();
    private final List<Long> opened = new ArrayList<>();
    private List<PupilAtRisk> atRisk = List.of();
    private RuntimeException refuseOpen;
    private boolean mayOpen = true;
    private final FakeCases cases = new FakeCases() {
        @Override
        public boolean mayOpen() {
            return mayOpen;
        }

        @Override
        public List<CaseSummary> find(CaseQuery q, int offset, int limit) {
            calls.add("find '" + q.text() + "' " + q.category() + " " + q.openOnly() + " " + q.withoutCurator() + " "
                    + q.mine());
            return List.of(Data.summary(12, true), Data.summary(13, true));
        }

        @Override
        public int count(CaseQuery query) {
            return 2;
        }

        @Override
        public List<PupilAtRisk> mandatoryWithoutCase() {
            return atRisk;
        }

        @Override
        public PatronageCase open(CaseDraft d) {
            calls.add("open " + d.pupilId() + " " + d.category() + " " + d.grounds() + " " + d.openedOn());
            if (refuseOpen != null) {
                throw refuseOpen;
            }
            return Data.patronageCase(true, true, true);
        }
    };
    private final FakePupils pupils = new FakePupils(List.of(Data.IVANOV), List.of()) {
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

    private void open(SecurityContext user) {
        CasesView view = new CasesView(new CasesView.Services(cases, new FakeSettings(), pupils,
                new FakeStaff(List.of(Data.SOCPED)), user)) {
            private static final long serialVersionUID = 1L;

            @Override
            void open(long caseId) {
                opened.add(caseId);
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
    void theListShowsTheOpenCasesWithTheirCategoryAndFilters() {
        open(Data.user("teacher", PatronagePermissions.ACCESS));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("patronage-cases-grid", "patronage-filter-text",
                "patronage-filter-category", "patronage-filter-open", "patronage-filter-without-curator",
                "patronage-case-row-12", "patronage-case-row-13")), ids.toString());
        assertFalse(ids.contains("patronage-open-case"), "only the coordinator opens a case");
        assertFalse(ids.contains("patronage-mandatory"), "nobody to show");
        assertFalse(TestUi.find("patronage-filter-mine", Checkbox.class).isVisible(), "works on no case");
        assertEquals("find ''  true false false", calls.get(0), "open cases by default");
        @SuppressWarnings("unchecked")
        Grid<CaseSummary> grid = TestUi.find("patronage-cases-grid", Grid.class);
        assertEquals(2, TestUi.items(grid).size());
        ComboBox<String> category = combo("patronage-filter-category");
        assertEquals("Deviant behaviour", category.getItemLabelGenerator().apply("deviant"));

        TestUi.find("patronage-filter-text", TextField.class).setValue("Ivan");
        category.setValue("failing");
        TestUi.find("patronage-filter-open", Checkbox.class).setValue(false);
        TestUi.find("patronage-filter-without-curator", Checkbox.class).setValue(true);
        TestUi.fetch(grid);
        assertEquals("find 'Ivan' failing false true false", calls.get(calls.size() - 1));
    }

    @Test
    void aCuratorListsOnlyHisCases() {
        open(Data.user("curator", PatronagePermissions.ACCESS, PatronagePermissions.WORK));
        Checkbox mine = TestUi.find("patronage-filter-mine", Checkbox.class);
        assertTrue(mine.isVisible());
        mine.setValue(true);
        TestUi.fetch(TestUi.find("patronage-cases-grid", Grid.class));
        assertTrue(calls.get(calls.size() - 1).endsWith(" true false true"), calls.toString());
    }

    @Test
    void theCoordinatorOpensACaseAndItsPageOpens() {
        open(COORDINATOR);
        TestUi.find("patronage-open-case", Button.class).click();
        assertTrue(TestUi.ids().containsAll(Set.of("patronage-case-dialog", "patronage-case-pupil",
                "patronage-case-category", "patronage-case-grounds", "patronage-case-opened",
                "patronage-case-save")));
        TestUi.find("patronage-case-save", Button.class).click();
        assertTrue(TestUi.find("patronage-case-pupil", ComboBox.class).isInvalid(), "the pupil is required");
        this.<Pupil>combo("patronage-case-pupil").setValue(Data.IVANOV);
        TestUi.find("patronage-case-save", Button.class).click();
        assertTrue(TestUi.find("patronage-case-category", ComboBox.class).isInvalid(), "the category is required");
        assertFalse(calls.stream().anyMatch(c -> c.startsWith("open")), calls.toString());
        this.<String>combo("patronage-case-category").setValue("deviant");
        TestUi.find("patronage-case-grounds", TextArea.class).setValue("Truancy");
        TestUi.find("patronage-case-opened", DatePicker.class).setValue(Data.OPENED);
        refuseOpen = new ValidationException("grounds", "patronage.error.openCase");
        TestUi.find("patronage-case-save", Button.class).click();
        assertTrue(TestUi.find("patronage-case-grounds", TextArea.class).isInvalid(),
                "the service's objection is shown on its field");
        assertEquals(List.of(), opened);
        refuseOpen = null;
        TestUi.find("patronage-case-save", Button.class).click();
        assertTrue(calls.contains("open 1 deviant Truancy " + Data.OPENED), calls.toString());
        assertEquals(List.of(12L), opened);
    }

    @Test
    void aPupilOfAMandatoryCategoryWithoutACaseIsOfferedAPrefilledDialog() {
        atRisk = List.of(new PupilAtRisk(1, Data.IVANOV.name().full(), "7B", "failing"));
        open(COORDINATOR);
        assertTrue(TestUi.ids().containsAll(Set.of("patronage-mandatory", "patronage-mandatory-grid")));
        TestUi.find("patronage-mandatory-open-1", Button.class).click();
        assertEquals(Data.IVANOV, combo("patronage-case-pupil").getValue());
        assertEquals("failing", combo("patronage-case-category").getValue());
        TestUi.find("patronage-case-grounds", TextArea.class).setValue("Fails in three subjects");
        TestUi.find("patronage-case-save", Button.class).click();
        assertTrue(calls.contains("open 1 failing Fails in three subjects " + LocalDate.now()),
                calls.toString());
        assertEquals(List.of(12L), opened);
    }

    @Test
    void theAdministrationSeesTheMandatoryPupilsButOpensNoCase() {
        atRisk = List.of(new PupilAtRisk(1, Data.IVANOV.name().full(), "7B", "deviant"));
        open(Data.user("director", PatronagePermissions.ACCESS, PatronagePermissions.READ_ALL));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.contains("patronage-mandatory"), ids.toString());
        assertFalse(ids.contains("patronage-mandatory-open-1") || ids.contains("patronage-open-case"),
                ids.toString());
    }

    @Test
    void aSpecialistWithTheCoordinatorsPermissionButNotTheCoordinatorIsToldWhoOpensCases() {
        mayOpen = false;
        atRisk = List.of(new PupilAtRisk(1, "Ivanov Ivan", "7B", "deviant"));
        open(Data.user("psychologist", PatronagePermissions.ACCESS, PatronagePermissions.WORK,
                PatronagePermissions.COORDINATE, CorePermissions.STAFF_READ));
        Set<String> ids = TestUi.ids();
        assertFalse(ids.contains("patronage-open-case"), "no form the service would refuse");
        assertFalse(ids.contains("patronage-mandatory-open-1"), ids.toString());
        assertTrue(ids.containsAll(Set.of("patronage-not-coordinator", "patronage-cases-grid")), ids.toString());
        assertEquals("!{patronage.ui.notCoordinator}!",
                TestUi.find("patronage-not-coordinator", Paragraph.class).getText(), "the coordinator is named");
        TestUi.close();
        TestUi.open();
        mayOpen = true;
        open(COORDINATOR);
        ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("patronage-open-case", "patronage-mandatory-open-1")), ids.toString());
        assertFalse(ids.contains("patronage-not-coordinator"));
    }
}
