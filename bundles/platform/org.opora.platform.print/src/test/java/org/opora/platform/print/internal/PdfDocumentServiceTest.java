package org.opora.platform.print.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditQuery;
import org.opora.platform.api.audit.AuditRecord;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.print.PrintableDocument;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;

class PdfDocumentServiceTest {

    private static final String FORM = "support.programme";
    private static final String PERMISSION = "support.print";

    private final RecordingAudit audit = new RecordingAudit();

    @Test
    void anUnknownFormIsRejected() {
        PdfDocumentService service = service(user(PERMISSION));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> service.print("no.such.form", "1", Locale.ROOT));
        assertEquals(PdfDocumentService.UNKNOWN_DOCUMENT, e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> service.print(null, "1", Locale.ROOT));
        assertTrue(audit.events.isEmpty());
    }

    @Test
    void withoutThePermissionNothingIsBuiltOrAudited() {
        PdfDocumentService service = service(user("other.permission"));
        Form form = new Form(PERMISSION);
        service.addDocument(form);

        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> service.print(FORM, "42", Locale.ROOT));
        assertEquals(PERMISSION, e.permission());
        assertEquals(0, form.builds);
        assertTrue(audit.events.isEmpty());
    }

    @Test
    void aFormWithoutPermissionStillNeedsASignedInUser() {
        PdfDocumentService service = service(Optional.empty());
        service.addDocument(new Form(""));

        assertThrows(AccessDeniedException.class, () -> service.print(FORM, "42", Locale.ROOT));
        assertTrue(audit.events.isEmpty());
    }

    @Test
    void aPrintIsRenderedAndAuditedOnce() {
        PdfDocumentService service = service(user(PERMISSION));
        service.addDocument(new Form(PERMISSION));

        byte[] pdf = service.print(FORM, "42", Locale.forLanguageTag("ru"));

        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        assertEquals(List.of(new AuditEvent(AuditAction.PRINT, FORM, "42", SampleDocuments.TITLE)), audit.events);
    }

    @Test
    void aRemovedFormCannotBePrinted() {
        PdfDocumentService service = service(user(PERMISSION));
        Form form = new Form(PERMISSION);
        service.addDocument(form);
        service.removeDocument(form);

        assertThrows(IllegalArgumentException.class, () -> service.print(FORM, "42", Locale.ROOT));
    }

    private PdfDocumentService service(Optional<OporaUser> user) {
        return new PdfDocumentService(() -> user, audit);
    }

    private static Optional<OporaUser> user(String permission) {
        return Optional.of(new OporaUser("teacher", "Учитель", Set.of("teacher"), Set.of(permission), null));
    }

    /** A contributed form that counts how often it is built. */
    private static final class Form implements PrintableDocument {
        private final String permission;
        private int builds;

        Form(String permission) {
            this.permission = permission;
        }

        @Override
        public String id() {
            return FORM;
        }

        @Override
        public String titleKey() {
            return "support.programme.title";
        }

        @Override
        public String requiredPermission() {
            return permission;
        }

        @Override
        public PrintDocument build(String recordId, Locale locale) {
            builds++;
            return PrintDocument.builder(SampleDocuments.TITLE).restricted(SampleDocuments.MARK)
                    .paragraph(SampleDocuments.PUPIL).build();
        }
    }

    /** An audit journal that keeps what it is told. */
    private static final class RecordingAudit implements AuditService {
        private final List<AuditEvent> events = new ArrayList<>();

        @Override
        public void record(AuditEvent event) {
            events.add(event);
        }

        @Override
        public void record(String actor, AuditEvent event) {
            events.add(event);
        }

        @Override
        public void recordInTransaction(java.sql.Connection transaction, AuditEvent event) {
            events.add(event);
        }

        @Override
        public void recordInTransaction(java.sql.Connection transaction, String actor, AuditEvent event) {
            events.add(event);
        }

        @Override
        public List<AuditRecord> find(AuditQuery query, int offset, int limit) {
            return List.of();
        }

        @Override
        public int count(AuditQuery query) {
            return 0;
        }
    }
}
