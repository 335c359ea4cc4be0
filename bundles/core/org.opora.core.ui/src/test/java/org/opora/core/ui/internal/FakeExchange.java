package org.opora.core.ui.internal;

import java.util.Locale;

import org.opora.core.api.exchange.ExchangeService;
import org.opora.core.api.exchange.ImportKind;
import org.opora.core.api.exchange.ImportPreview;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.ui.testing.Unexpected;

/** An exchange service that fails the test on every call it does not override. */
public class FakeExchange implements ExchangeService {

    @Override
    public ImportPreview preview(ImportKind kind, String fileName, byte[] content) {
        throw Unexpected.call("preview");
    }

    @Override
    public int importFile(ImportKind kind, String fileName, byte[] content) {
        throw Unexpected.call("importFile");
    }

    @Override
    public byte[] exportPupils(PupilQuery query, Locale locale) {
        throw Unexpected.call("exportPupils");
    }
}
