package org.opora.platform.print.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.Locale;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.PrintDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@link PrintDocument} into PDF bytes: lays the blocks out, then adds the running marks and the
 * metadata. Stateless between calls and safe to share; every call builds its own PDF document.
 */
public final class PdfRenderer {

    /** The platform's default language, used when the caller names none. */
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static final Logger LOG = LoggerFactory.getLogger(PdfRenderer.class);
    private static final String CREATOR = "Opora";

    private final Messages messages = Messages.load();

    /**
     * Renders the document.
     *
     * @param locale language of the few texts the renderer adds (the date line of signatures)
     * @throws UncheckedIOException if PDFBox fails, which with in-memory output means a broken font resource
     */
    public byte[] render(PrintDocument document, Locale locale) {
        Locale language = locale == null ? RUSSIAN : locale;
        long start = System.nanoTime();
        try (PDDocument pdf = new PDDocument()) {
            Typography typography = new Typography(Fonts.load(pdf));
            try (Canvas canvas = new Canvas(pdf)) {
                BlockLayout layout = new BlockLayout(canvas, pdf, typography,
                        messages.get(SignaturesBlock.DATE_LINE_KEY, language));
                for (Block block : document.blocks()) {
                    layout.lay(block);
                }
            }
            new PageDecorator(pdf, typography).decorate(document.restrictionMark());
            describe(pdf, document.title(), language);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            LOG.debug("Rendered {} ({} pages, {} bytes) in {} ms", document.title(), pdf.getNumberOfPages(),
                    out.size(), (System.nanoTime() - start) / 1_000_000);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Document " + document.title() + " could not be rendered", e);
        }
    }

    /** Title and language in the metadata: viewers show the title rather than a file name. */
    private static void describe(PDDocument pdf, String title, Locale locale) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setCreator(CREATOR);
        info.setCreationDate(Calendar.getInstance());
        pdf.getDocumentCatalog().setLanguage(locale.toLanguageTag());
        // a new document has no viewer preferences yet
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(preferences);
    }
}
