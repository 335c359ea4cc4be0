package org.opora.platform.print.internal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.print.PrintableDocument;
import org.opora.platform.api.security.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's {@link DocumentService}: renders document models to PDF and prints the forms that modules
 * contribute as {@link PrintableDocument} services, checking the permission and journaling every print.
 */
@Component(service = DocumentService.class)
public class PdfDocumentService implements DocumentService {

    /** Message key of the error for a form id no installed module contributes. */
    public static final String UNKNOWN_DOCUMENT = "print.error.unknownDocument";

    private static final Logger LOG = LoggerFactory.getLogger(PdfDocumentService.class);

    private final SecurityContext securityContext;
    private final AuditService auditService;
    private final PdfRenderer renderer = new PdfRenderer();
    /** Contributed forms by id; modules come and go while the platform runs. */
    private final Map<String, PrintableDocument> documents = new ConcurrentHashMap<>();

    @Activate
    public PdfDocumentService(@Reference SecurityContext securityContext, @Reference AuditService auditService) {
        this.securityContext = securityContext;
        this.auditService = auditService;
    }

    @Reference(name = "documents", cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "removeDocument")
    void addDocument(PrintableDocument document) {
        PrintableDocument previous = documents.put(document.id(), document);
        if (previous != null && previous != document) {
            LOG.warn("Printable document {} is contributed twice; the later one replaces the earlier",
                    document.id());
        }
        LOG.debug("Printable document {} available", document.id());
    }

    void removeDocument(PrintableDocument document) {
        // only if still ours: a replacement under the same id must survive the old one leaving
        documents.remove(document.id(), document);
    }

    @Override
    public byte[] render(PrintDocument document) {
        return renderer.render(document, PdfRenderer.RUSSIAN);
    }

    @Override
    public byte[] chart(Block.Chart chart, int width, int height) {
        // twice the pixels, as a high-density screen shows them; the page scales the picture to its box
        return ChartPainter.png(chart, width, height, 2);
    }

    @Override
    public byte[] print(String documentId, String recordId, Locale locale) {
        PrintableDocument form = documentId == null ? null : documents.get(documentId);
        if (form == null) {
            throw new IllegalArgumentException(UNKNOWN_DOCUMENT);
        }
        String permission = form.requiredPermission();
        if (permission == null || permission.isEmpty()) {
            securityContext.requireUser();
        } else {
            securityContext.requirePermission(permission);
        }
        PrintDocument document = form.build(recordId, locale);
        byte[] pdf = renderer.render(document, locale);
        // journaled after rendering: a print that failed handed out nothing
        auditService.record(new AuditEvent(AuditAction.PRINT, documentId, recordId, document.title()));
        return pdf;
    }
}
