package org.opora.core.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.print.PrintDocument;

/** The platform's document service for view tests: records the prints asked for and returns a tiny PDF. */
public class FakePrinting implements DocumentService {

    private final List<String> printed = new ArrayList<>();
    private final List<String> charts = new ArrayList<>();

    /** The prints asked for so far, each as "document record". */
    public List<String> printed() {
        return List.copyOf(printed);
    }

    @Override
    public byte[] render(PrintDocument document) {
        throw Unexpected.call("render");
    }

    /** A one-pixel PNG: view tests check that a chart is shown, not how it looks. */
    @Override
    public byte[] chart(Block.Chart chart, int width, int height) {
        charts.add(chart.title());
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }

    /** The titles of the charts drawn so far. */
    public List<String> charts() {
        return List.copyOf(charts);
    }

    @Override
    public byte[] print(String documentId, String recordId, Locale locale) {
        printed.add(documentId + " " + recordId);
        return new byte[] {'%', 'P', 'D', 'F'};
    }
}
