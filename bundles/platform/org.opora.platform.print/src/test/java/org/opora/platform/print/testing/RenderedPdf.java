package org.opora.platform.print.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.print.internal.PdfRenderer;

/**
 * A printed form as a test reads it: rendered by the platform's renderer, saved for a look, opened and its text
 * extracted. From the test jar of {@code org.opora.platform.print} (type {@code test-jar}, scope {@code test}), so
 * that every module's print tests read PDFs the same way.
 */
public final class RenderedPdf {

    /** Rendered forms go here, to be looked at ({@code pdftoppm -png}) when the layout changes. */
    public static final Path OUTPUT = Path.of("target", "test-output");

    private RenderedPdf() {
    }

    /** The document rendered as the platform prints it, saved as {@code file} under {@link #OUTPUT} and opened. */
    public static PDDocument render(PrintDocument document, String file, Locale locale) {
        byte[] pdf = new PdfRenderer().render(document, locale);
        save(file, pdf);
        return open(pdf);
    }

    public static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF saved as {@code file} under {@link #OUTPUT}. */
    public static void save(String file, byte[] pdf) {
        try {
            Files.createDirectories(OUTPUT);
            Files.write(OUTPUT.resolve(file), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page, numbered from 1. */
    public static String pageText(PDDocument document, int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every page. */
    public static String text(PDDocument document) {
        try {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
