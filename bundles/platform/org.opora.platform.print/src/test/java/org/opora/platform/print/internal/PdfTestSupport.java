package org.opora.platform.print.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading rendered PDFs back in tests. */
final class PdfTestSupport {

    /** Rendered samples go here, to be looked at (pdftoppm -png) when the layout changes. */
    static final Path OUTPUT = Path.of("target", "test-output");

    private PdfTestSupport() {
    }

    static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text of one page, numbered from 1. */
    static String pageText(PDDocument document, int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(PDDocument document) {
        try {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void save(String name, byte[] pdf) {
        try {
            Files.createDirectories(OUTPUT);
            Files.write(OUTPUT.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
