package org.opora.platform.ui.api;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.security.AccessDeniedException;

/**
 * A link that downloads a module's printable form as PDF. The PDF is built when the link is followed, for the
 * signed-in user, so the platform checks the form's permission and writes the print to the audit journal then.
 */
public final class PdfDownload {

    private PdfDownload() {
    }

    /**
     * @param documents  the platform's document service (the view gets it from its contribution)
     * @param documentId id of the contributed form, e.g. {@code consilium.protocol}
     * @param recordId   the record to print
     * @param fileName   file name offered to the browser, e.g. {@code protocol-12.pdf}
     * @param label      the link's text
     * @param locale     language of the form
     */
    public static Anchor link(DocumentService documents, String documentId, String recordId, String fileName,
            String label, Locale locale) {
        DownloadHandler pdf = DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = documents.print(documentId, recordId, locale);
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            } catch (IllegalArgumentException e) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            }
        });
        return new Anchor(pdf, AttachmentType.DOWNLOAD, label);
    }
}
