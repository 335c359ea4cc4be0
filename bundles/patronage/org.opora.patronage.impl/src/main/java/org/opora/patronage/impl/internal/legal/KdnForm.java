package org.opora.patronage.impl.internal.legal;

import java.util.Locale;

import org.opora.core.api.NotFoundException;
import org.opora.core.support.FormTexts;
import org.opora.core.support.RecordIds;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.legal.KdnService;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.print.PrintableDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The certificate (spravka) for KDN i ZP as a printable form (record id = the certificate (spravka)'s id), in the reader's language, with its
 * registration number. The service checks that the user may read the case and journals the read.
 */
@Component(service = PrintableDocument.class)
public class KdnForm implements PrintableDocument {

    private final KdnRecords certificates;
    private final Translator translator;

    @Activate
    public KdnForm(@Reference KdnRecords certificates, @Reference Translator translator) {
        this.certificates = certificates;
        this.translator = translator;
    }

    @Override
    public String id() {
        return KdnService.FORM;
    }

    @Override
    public String titleKey() {
        return "patronage.print.kdn.title";
    }

    @Override
    public String requiredPermission() {
        return PatronagePermissions.ACCESS;
    }

    @Override
    public PrintDocument build(String recordId, Locale locale) {
        long id = RecordIds.parse(recordId);
        try {
            KdnRecords.KdnPrint p = certificates.print(id, locale);
            return new KdnLayout(new FormTexts(translator, locale, "patronage.print."))
                    .build(p.facts(), p.certificate(), p.certificate().documentId());
        } catch (NotFoundException e) {
            throw new IllegalArgumentException("no such record of " + id() + ": " + id, e);
        }
    }
}
