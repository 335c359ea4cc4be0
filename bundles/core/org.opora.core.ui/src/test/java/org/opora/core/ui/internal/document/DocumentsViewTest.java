package org.opora.core.ui.internal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.ConflictException;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.ListItem;
import org.opora.core.api.document.Attachment;
import org.opora.core.api.document.AttachmentCheck;
import org.opora.core.api.document.DocumentDraft;
import org.opora.core.api.document.DocumentQuery;
import org.opora.core.api.document.DocumentRecord;
import org.opora.core.ui.internal.Data;
import org.opora.core.ui.internal.FakeDocuments;
import org.opora.core.ui.testing.FakePupils;
import org.opora.core.ui.testing.FakeSchool;
import org.opora.core.ui.testing.FakeStaff;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;

class DocumentsViewTest {

    private final List<String> calls = new ArrayList<>();
    private final DocumentRecord plan = new DocumentRecord(21, "plan", "Annual plan 2025/2026", 3L, "Orlova O. P.",
            Data.YEAR, "", null, "plan.pdf", "application/pdf", 1000, Instant.now(), "orlova", 2);
    private final FakeDocuments register = new FakeDocuments() {
        @Override
        public List<DocumentRecord> find(DocumentQuery q, int offset, int limit) {
            calls.add("find '" + q.type() + "' " + q.year());
            return List.of(plan);
        }

        @Override
        public int count(DocumentQuery q) {
            return 1;
        }

        @Override
        public DocumentRecord add(DocumentDraft draft, Attachment file) {
            calls.add("add " + draft.type() + " " + draft.title() + " " + file.fileName());
            return plan;
        }

        @Override
        public DocumentRecord approve(long id, long version, String by, LocalDate on) {
            calls.add("approve " + id + " " + version + " " + by);
            throw new ConflictException();
        }
    };

    /** The school allows PDF and DOCX files up to 5 MB. */
    private final AttachmentCheck files = new AttachmentCheck() {
        @Override
        public Attachment check(Attachment file) {
            calls.add("check " + file.fileName());
            return file;
        }

        @Override
        public long maxBytes() {
            return 5L * 1024 * 1024;
        }

        @Override
        public Set<String> extensions() {
            return Set.of("pdf", "docx");
        }
    };

    private void open(SecurityContext user) {
        UI.getCurrent().add(new DocumentsView(register, files, new FakeStaff(), new FakeSchool(), Data.lists(), user,
                new FakePupils()));
        TestUi.roundTrip();
        calls.clear();
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
    void theTypeFilterNarrowsTheRegisterAndEachRowHasItsFile() {
        open(Data.user(CorePermissions.DOCUMENT_READ));
        @SuppressWarnings("unchecked")
        ComboBox<ListItem> type = TestUi.find("documents-type", ComboBox.class);
        type.setValue(new ListItem("plan", "Annual plan"));
        calls.clear();
        @SuppressWarnings("unchecked")
        Grid<DocumentRecord> grid = TestUi.find("documents-grid", Grid.class);
        TestUi.fetch(grid);
        assertEquals(List.of("find 'plan' null"), calls.stream().distinct().toList());
        assertEquals("plan.pdf", TestUi.find("documents-file-21", Anchor.class).getText());
        Set<String> ids = TestUi.ids();
        assertFalse(ids.contains("documents-add") || ids.contains("documents-approve-21"), ids.toString());
    }

    @Test
    void aDocumentNeedsItsFile() {
        open(Data.user(CorePermissions.DOCUMENT_READ, CorePermissions.DOCUMENT_EDIT));
        TestUi.find("documents-add", Button.class).click();
        @SuppressWarnings("unchecked")
        ComboBox<ListItem> type = TestUi.find("document-type", ComboBox.class);
        type.setValue(new ListItem("plan", "Annual plan"));
        TestUi.find("document-title", TextField.class).setValue("Plan");
        TestUi.find("document-save", Button.class).click();
        assertTrue(calls.isEmpty(), "not sent without a file");
        TestUi.find("document-dialog", DocumentDialog.class)
                .received(new Attachment("plan.pdf", "application/pdf", new byte[] {1}));
        TestUi.find("document-save", Button.class).click();
        assertEquals(List.of("add plan Plan plan.pdf"), calls);
    }

    @Test
    void theUploadTakesTheSchoolsLimitsFromTheFileCheck() {
        open(Data.user(CorePermissions.DOCUMENT_READ, CorePermissions.DOCUMENT_EDIT));
        TestUi.find("documents-add", Button.class).click();
        Upload upload = TestUi.find("document-upload", Upload.class);
        assertEquals(5 * 1024 * 1024, upload.getMaxFileSize());
        assertEquals(List.of(".docx", ".pdf"), upload.getAcceptedFileTypes());
    }

    @Test
    void approvalIsProposedInTheDirectorsNameAndAConflictOffersReload() {
        open(Data.user(CorePermissions.DOCUMENT_READ, CorePermissions.DOCUMENT_APPROVE));
        TestUi.find("documents-approve-21", Button.class).click();
        TextField by = TestUi.find("approve-by", TextField.class);
        assertTrue(by.getValue().contains("core.ui.documents.approvedByDefault"), by.getValue());
        TestUi.find("approve-save", Button.class).click();
        assertEquals("approve 21 2 " + by.getValue(), calls.get(0));
        assertTrue(TestUi.ids().contains("conflict-confirm"));
    }
}
