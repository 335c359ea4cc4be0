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
import org.opora.teachersupport.api.diagnosis.DiagnosisService;
import org.opora.teachersupport.api.help.HelpService;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.api.record.SupportService;
import org.opora.teachersupport.api.route.RouteService;
import org.opora.teachersupport.impl.internal.config.SupportRules;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The individual support card of a teacher (record id = the support record's id), in the reader's language: the
 * opening record as regulation 004 (5.1) has it, then the diagnosis, the route with its checkpoints, the help given
 * and the evidence, signed by the lead. The services check that the user may read the record and journal the read.
 */
@Component(service = PrintableDocument.class)
public class CardForm implements PrintableDocument {

    public static final String ID = "teachersupport.card";

    private final SupportService records;
    private final DiagnosisService diagnosis;
    private final RouteService routes;
    private final HelpService help;
    private final SchoolService school;
    private final SupportRules rules;
    private final Translator translator;

    @Activate
    public CardForm(@Reference SupportService records, @Reference DiagnosisService diagnosis,
            @Reference RouteService routes, @Reference HelpService help, @Reference SchoolService school,
            @Reference SupportRules rules, @Reference Translator translator) {
        this.records = records;
        this.diagnosis = diagnosis;
        this.routes = routes;
        this.help = help;
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
        return "teachersupport.print.card.title";
    }

    @Override
    public String requiredPermission() {
        return TeacherSupportPermissions.ACCESS;
    }

    @Override
    public PrintDocument build(String recordId, Locale locale) {
        long id = RecordIds.parse(recordId);
        try {
            SupportRecord r = records.get(id);
            return new CardLayout(new FormTexts(translator, locale, "teachersupport.print."), rules,
                    FormSchool.name(school)).build(r, diagnosis.entries(id), routes.route(id).orElse(null),
                            routes.checkpoints(id), help.help(id), help.evidence(id));
        } catch (NotFoundException e) {
            throw new IllegalArgumentException("no such record of " + ID + ": " + id, e);
        }
    }
}
