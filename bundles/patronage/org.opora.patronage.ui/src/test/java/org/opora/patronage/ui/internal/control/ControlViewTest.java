package org.opora.patronage.ui.internal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.report.ControlRow;
import org.opora.patronage.api.report.ControlService;
import org.opora.patronage.ui.internal.fake.Data;
import org.opora.patronage.ui.internal.fake.FakeSettings;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.ui.testing.TestUi;

/** The director's control: the cases needing attention with what is behind, all open cases on asking, links. */
class ControlViewTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final ControlRow BEHIND = new ControlRow(12, "Ivanov Ivan Petrovich", "7B", "deviant",
            TODAY.minusDays(40), List.of(Data.CURATOR.name().full()), 2, TODAY.minusDays(3), null, TODAY);
    private static final ControlRow ORPHAN = new ControlRow(13, "Petrov Petr", "6A", "failing", TODAY.minusDays(2),
            List.of(), 0, null, null, null);
    private static final ControlRow FINE = new ControlRow(14, "Sidorov Ivan", "8A", "deviant", TODAY.minusDays(90),
            List.of("Orlova Olga Petrovna"), 0, null, TODAY.minusDays(5), null);

    private boolean denied;

    @BeforeEach
    void ui() {
        TestUi.open();
    }

    @AfterEach
    void close() {
        TestUi.close();
    }

    private void open() {
        ControlService control = () -> {
            if (denied) {
                throw new AccessDeniedException(PatronagePermissions.READ_ALL);
            }
            return List.of(BEHIND, ORPHAN, FINE);
        };
        UI.getCurrent().add(new ControlView(new ControlView.Services(control, new FakeSettings())));
        TestUi.roundTrip();
    }

    @SuppressWarnings("unchecked")
    private static List<ControlRow> rows() {
        return TestUi.items(TestUi.find("patronage-control-grid", Grid.class));
    }

    @Test
    void theDirectorSeesTheCasesNeedingAttentionWithWhatIsBehind() {
        open();
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("patronage-control", "patronage-control-grid",
                "patronage-control-summary", "patronage-control-attention", "patronage-control-case-12",
                "patronage-control-case-13", "patronage-control-overdue-12", "patronage-control-contact-12",
                "patronage-control-report-12", "patronage-control-no-curator-13")), ids.toString());
        assertFalse(ids.contains("patronage-control-case-14"), "nothing behind on it");
        assertFalse(ids.contains("patronage-control-no-curator-12") || ids.contains("patronage-control-report-13"),
                ids.toString());
        assertEquals(List.of(BEHIND, ORPHAN), rows());
        assertEquals("patronage/case/12", TestUi.find("patronage-control-case-12", Anchor.class).getHref());
    }

    @Test
    void allOpenCasesOnAsking() {
        open();
        TestUi.find("patronage-control-attention", Checkbox.class).setValue(false);
        TestUi.roundTrip();
        assertEquals(List.of(BEHIND, ORPHAN, FINE), rows());
        assertTrue(TestUi.ids().contains("patronage-control-case-14"));
    }

    @Test
    void aUserWhoMayNotControlSeesAnEmptyList() {
        denied = true;
        open();
        assertEquals(List.of(), rows());
    }
}
