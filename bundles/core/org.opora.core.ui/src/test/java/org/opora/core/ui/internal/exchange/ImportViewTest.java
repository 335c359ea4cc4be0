package org.opora.core.ui.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.exchange.ImportIssue;
import org.opora.core.api.exchange.ImportKind;
import org.opora.core.api.exchange.ImportPreview;
import org.opora.core.api.exchange.ImportRejectedException;
import org.opora.core.ui.internal.FakeExchange;
import org.opora.platform.ui.testing.TestUi;

class ImportViewTest {

    private final List<String> calls = new ArrayList<>();
    private final List<ImportIssue> problems = new ArrayList<>();
    private boolean rejectOnImport;
    private final FakeExchange exchange = new FakeExchange() {
        @Override
        public ImportPreview preview(ImportKind kind, String fileName, byte[] content) {
            calls.add("preview " + kind + " " + fileName + " " + content.length);
            return new ImportPreview(kind, List.of("Surname", "Name", "Class"),
                    List.of(List.of("Ivanov", "Ivan", "7B"), List.of("Ivanov", "Ivan", "7B")), problems,
                    List.of(ImportIssue.of(0, "", "core.import.note.classCreated", "7B")));
        }

        @Override
        public int importFile(ImportKind kind, String fileName, byte[] content) {
            calls.add("import " + kind + " " + fileName);
            if (rejectOnImport) {
                throw new ImportRejectedException(List.of(ImportIssue.of(3, "Class", "core.import.class.unknown",
                        "9Z")));
            }
            return 2;
        }
    };
    private ImportView view;

    @BeforeEach
    void ui() {
        TestUi.open();
        view = new ImportView(exchange);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void close() {
        TestUi.close();
    }

    private Button apply() {
        return TestUi.find("import-apply", Button.class);
    }

    private IssueList issues() {
        return TestUi.find("import-issues", IssueList.class);
    }

    @Test
    void applyStaysDisabledWhileThePreviewHasIssues() {
        assertFalse(apply().isEnabled(), "nothing to import yet");
        problems.add(ImportIssue.of(2, "Surname", "core.import.required"));
        problems.add(ImportIssue.of(0, "", "core.import.empty"));
        view.received("pupils.csv", new byte[] {1, 2, 3});
        assertEquals(List.of("preview PUPILS pupils.csv 3"), calls);
        assertFalse(apply().isEnabled());
        assertTrue(issues().isVisible());
        assertEquals(2, issues().lines().size());
        String first = issues().lines().get(0);
        assertTrue(first.contains("core.ui.import.issue.rowColumn"), first);
        @SuppressWarnings("unchecked")
        Grid<ImportView.Row> grid = TestUi.find("import-preview", Grid.class);
        assertEquals(List.of(2, 3), TestUi.items(grid).stream().map(ImportView.Row::number).toList());
    }

    @Test
    void aCleanFileIsImportedWhole() {
        view.received("pupils.csv", new byte[] {1});
        assertTrue(apply().isEnabled());
        assertTrue(TestUi.find("import-notes", IssueList.class).isVisible());
        apply().click();
        assertEquals("import PUPILS pupils.csv", calls.get(calls.size() - 1));
        assertFalse(apply().isEnabled(), "done; a new file is needed");
        assertFalse(issues().isVisible());
    }

    @Test
    void aRejectedImportShowsItsIssues() {
        rejectOnImport = true;
        view.received("pupils.csv", new byte[] {1});
        apply().click();
        assertFalse(apply().isEnabled());
        assertEquals(1, issues().lines().size());
        assertTrue(issues().lines().get(0).contains("core.ui.import.issue.rowColumn"));
    }

    @Test
    void changingTheKindChecksTheFileAgain() {
        view.received("staff.xlsx", new byte[] {1, 2});
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ImportKind> kind = TestUi.find("import-kind", RadioButtonGroup.class);
        kind.setValue(ImportKind.STAFF);
        assertEquals(List.of("preview PUPILS staff.xlsx 2", "preview STAFF staff.xlsx 2"), calls);
    }
}
