package org.opora.teachersupport.impl.internal.print;

import java.util.Locale;

import org.opora.core.api.NotFoundException;
import org.opora.core.api.SchoolService;
import org.opora.core.support.FormTexts;
import org.opora.core.support.RecordIds;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.print.PrintableDocument;
import org.opora.teachersupport.api.TeacherSupportPermissions;
import org.opora.teachersupport.api.conclusion.ConclusionService;
import org.opora.teachersupport.api.record.SupportService;
import org.opora.teachersupport.impl.internal.config.SupportRules;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The general conclusion on the results of the support as the form of regulation 004 (5.4) has it (record id = the
 * support record's id), in the reader's language, with the signatures of the lead and the teacher; a conclusion not
 * yet signed prints as a draft. The services check that the user may read the record and journal the read.
 */
@Component(service = PrintableDocument.class)
public class ConclusionForm implements PrintableDocument {

    public static final String ID = "teachersupport.conclusion";

    private final SupportService records;
    private final ConclusionService conclusions;
    private final SchoolService school;
    private final SupportRules rules;
    private final Translator translator;

    @Activate
    public ConclusionForm(@Reference SupportService records, @Reference ConclusionService conclusions,
            @Reference SchoolService school, @Reference SupportRules rules, @Reference Translator translator) {
        this.records = records;
        this.conclusions = conclusions;
        this.school = school;
        this.rules = rules;
        this.translator = translator;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "teachersupport.print.conclusion.title";
    }

    @Override
    public String requiredPermission() {
        return TeacherSupportPermissions.ACCESS;
    }

    @Override
    public PrintDocument build(String recordId, Locale locale) {
        long id = RecordIds.parse(recordId);
        try {
            return new ConclusionLayout(new FormTexts(translator, locale, "teachersupport.print."), rules,
                    FormSchool.name(school)).build(records.get(id), conclusions.conclusion(id),
                    conclusions.approval(id));
        } catch (NotFoundException e) {
            throw new IllegalArgumentException("no such record of " + ID + ": " + id, e);
        }
    }
}
