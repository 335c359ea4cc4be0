package org.opora.consilium.impl.internal.print;

import java.util.Locale;

import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.ConsiliumService;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.SchoolService;
import org.opora.core.support.RecordIds;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.print.PrintableDocument;

/**
 * What the consilium's printed forms share: the settings and the school they read, the permission to print (the
 * meeting services themselves check and audit access to the meeting), texts in the form's language, and the record
 * id turned into a number, an unknown record into the platform's {@link IllegalArgumentException}.
 */
abstract class ConsiliumForm implements PrintableDocument {

    private final ConsiliumService consilium;
    private final SchoolService school;
    private final Translator translator;

    ConsiliumForm(ConsiliumService consilium, SchoolService school, Translator translator) {
        this.consilium = consilium;
        this.school = school;
        this.translator = translator;
    }

    @Override
    public String requiredPermission() {
        return ConsiliumPermissions.ACCESS;
    }

    @Override
    public PrintDocument build(String recordId, Locale locale) {
        long id = RecordIds.parse(recordId);
        try {
            return build(id, new PrintTexts(translator, locale, consilium.settings(locale)), school.school().name());
        } catch (NotFoundException e) {
            throw new IllegalArgumentException("no such record of " + id() + ": " + id, e);
        }
    }

    /** The form for the record, with the texts and the school's name. */
    protected abstract PrintDocument build(long id, PrintTexts texts, String schoolName);
}
