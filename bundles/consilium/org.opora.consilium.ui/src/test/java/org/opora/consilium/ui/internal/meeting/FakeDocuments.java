package org.opora.consilium.ui.internal.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.print.PrintDocument;

/** A document service that records the prints asked for and returns a tiny PDF. */
public class FakeDocuments implements DocumentService {

    final List<String> printed = new ArrayList<>();

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
