package org.opora.core.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.print.PrintDocument;

/** The platform's document service for view tests: records the prints asked for and returns a tiny PDF. */
public class FakePrinting implements DocumentService {

    private final List<String> printed = new ArrayList<>();

    /** The prints asked for so far, each as "document record". */
    public List<String> printed() {
        return List.copyOf(printed);
    }

    @Override
    public byte[] render(PrintDocument document) {
        throw Unexpected.call("render");
    }

    @Override
    public byte[] print(String documentId, String recordId, Locale locale) {
        printed.add(documentId + " " + recordId);
        return new byte[] {'%', 'P', 'D', 'F'};
    }
}
