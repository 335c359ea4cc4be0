package org.opora.programmes.ui.internal.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opora.core.ui.testing.Unexpected;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.print.PrintDocument;

/** A document service that records the prints asked for and returns a tiny PDF. */
public class FakeDocuments implements DocumentService {

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
