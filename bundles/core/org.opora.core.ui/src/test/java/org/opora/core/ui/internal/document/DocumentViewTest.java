package org.opora.core.ui.internal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.document.DestructionAct;
import org.opora.core.api.document.DocumentRecord;
import org.opora.core.kit.Labels;
import org.opora.core.ui.internal.Data;
import org.opora.core.ui.internal.FakeDocuments;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.ui.testing.TestUi;

class DocumentViewTest {

    private static final DocumentRecord EXAM = new DocumentRecord(31, "examination", "Examination of Ivanov", 3L,
            "Belova A. P.", Data.YEAR, "", null, "exam.pdf", "application/pdf", 100, Instant.now(), "belova", "diagnostics", 1, 7L,
            "Ivanov Ivan", null, null);

    private void open(DocumentRecord shown, boolean refuse) {
        DocumentView view = new DocumentView(new FakeDocuments() {
            @Override
            public DocumentRecord get(long id) {
                if (refuse) {
                    throw new AccessDeniedException(CorePermissions.DOCUMENT_CONFIDENTIAL);
                }
                return shown;
            }
        }, Labels.of(Data.lists(), ReferenceList.DOCUMENT_TYPES, Locale.forLanguageTag("ru")));
        UI.getCurrent().add(view);
        view.setParameter(null, shown.id());
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
    void theExaminerSeesTheDocumentWithItsPupilAndFile() {
        open(EXAM, false);
        Anchor card = TestUi.find("document-pupil-link", Anchor.class);
        assertEquals("Ivanov Ivan", card.getText());
        assertEquals("pupil/7", card.getHref(), "the name leads to the pupil's card");
        assertTrue(TestUi.ids().contains("documents-file-31"));
    }

    @Test
    void someoneElseIsToldTheDocumentIsNotTheirsAndSeesNothingOfIt() {
        open(EXAM, true);
        Set<String> ids = TestUi.ids();
        assertTrue(ids.contains("document-denied"), ids.toString());
        assertFalse(ids.contains("document-pupil-link") || ids.contains("documents-file-31"), ids.toString());
    }

    @Test
    void aDestroyedDocumentHasNoFileToDownload() {
        DocumentRecord destroyed = new DocumentRecord(32, "annual-plan", "Plan", null, "", Data.YEAR, "", null,
                "plan.pdf", "application/pdf", 100, Instant.now(), "system", "methodology", 3, null, "",
                LocalDate.of(2024, 9, 1),
                new DestructionAct(1, "7-A", LocalDate.of(2026, 9, 2), "Commission", Instant.now(), "head"));
        open(destroyed, false);
        assertFalse(TestUi.ids().contains("documents-file-32"));
        assertTrue(TestUi.find("document-state", Paragraph.class).getText().contains("core.ui.documents.destroyed"));
    }
}
