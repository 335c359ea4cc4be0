package org.opora.programmes.impl.internal.print;

import java.util.Locale;

import org.opora.core.api.NotFoundException;
import org.opora.core.support.RecordIds;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.print.PrintableDocument;
import org.opora.programmes.api.ProgrammesPermissions;

/**
 * What the printed forms of individual support share: the permission to print (the programme and plan services
 * themselves check and audit access to the record's content), the signatories, texts in the form's language, and
 * the record id turned into a number, an unknown record into the platform's {@link IllegalArgumentException}.
 */
abstract class ProgrammesForm implements PrintableDocument {

    protected final Signatories signatories;
    private final Translator translator;

    ProgrammesForm(Signatories signatories, Translator translator) {
        this.signatories = signatories;
        this.translator = translator;
    }

    @Override
    public String requiredPermission() {
        return ProgrammesPermissions.ACCESS;
    }

    @Override
    public PrintDocument build(String recordId, Locale locale) {
        long id = RecordIds.parse(recordId);
        try {
            return build(id, new PrintTexts(translator, locale));
        } catch (NotFoundException e) {
            throw new IllegalArgumentException("no such record of " + id() + ": " + id, e);
        }
    }

    /** The form for the record, with the texts. */
    protected abstract PrintDocument build(long id, PrintTexts texts);
}
