package org.opora.platform.ui.api;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResource;

import org.opora.platform.api.print.DocumentService;

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
        StreamResource pdf = new StreamResource(fileName,
                () -> new ByteArrayInputStream(documents.print(documentId, recordId, locale)));
        pdf.setContentType("application/pdf");
        Anchor link = new Anchor(pdf, label);
        link.getElement().setAttribute("download", true);
        return link;
    }
}
