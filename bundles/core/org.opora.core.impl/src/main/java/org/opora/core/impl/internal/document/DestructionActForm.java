package org.opora.core.impl.internal.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.SchoolService;
import org.opora.core.api.document.DestructionAct;
import org.opora.core.api.document.DocumentRecord;
import org.opora.core.api.document.DocumentRegister;
import org.opora.core.support.FormTexts;
import org.opora.core.support.RecordIds;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.print.PrintableDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The act of destruction of documents past their retention period, as printed for the commission's signatures
 * (record id = the act's id): the school, the act's number and date, the commission, the documents destroyed as a
 * table (type, title, year, kept until), and a signature line per member (the commission's text split at
 * semicolons and line breaks: one member with the post per part).
 */
@Component(service = PrintableDocument.class)
public class DestructionActForm implements PrintableDocument {

    public static final String ID = "core.destruction-act";

    private final DocumentRegister register;
    private final SchoolService school;
    private final ReferenceLists lists;
    private final Translator translator;

    @Activate
    public DestructionActForm(@Reference DocumentRegister register, @Reference SchoolService school,
            @Reference ReferenceLists lists, @Reference Translator translator) {
        this.register = register;
        this.school = school;
        this.lists = lists;
        this.translator = translator;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "core.print.destruction.title";
    }

    @Override
    public String requiredPermission() {
        return CorePermissions.DOCUMENT_DESTROY;
    }

    @Override
    public PrintDocument build(String recordId, Locale locale) {
        long id = RecordIds.parse(recordId);
        DestructionAct act = register.acts().stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such act: " + recordId));
        FormTexts t = new FormTexts(translator, locale, "core.print.destruction.");
        PrintDocument.Builder doc = PrintDocument.builder(t.t("file", act.number()));
        doc.add(new Block.Paragraph(school.school().name(), Block.Align.CENTER, false));
        doc.heading(t.t("heading", act.number(), FormTexts.date(act.date())), 1);
        doc.paragraph(t.t("basis"));
        doc.add(new Block.Fields(List.of(new Block.Field(t.t("commission"), act.commission()))));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (DocumentRecord d : register.destroyedBy(act.id())) {
            rows.add(List.of(String.valueOf(n++), lists.label(ReferenceList.DOCUMENT_TYPES, d.type(), locale),
                    d.title(), d.year().label(), FormTexts.date(register.keptUntil(d))));
        }
        doc.add(new Block.Table(List.of(new Block.Column(t.t("no"), 1), new Block.Column(t.t("type"), 4),
                new Block.Column(t.t("docTitle"), 9), new Block.Column(t.t("year"), 3),
                new Block.Column(t.t("keptUntil"), 3)), rows));
        doc.paragraph(t.t("total", rows.size()));
        doc.add(new Block.Spacer(12));
        List<Block.Signature> signatures = new ArrayList<>();
        for (String member : act.commission().split("[;\\n]+")) {
            if (!member.isBlank()) {
                signatures.add(new Block.Signature(t.t("member"), member.strip(), false));
            }
        }
        doc.add(new Block.Signatures(signatures));
        return doc.build();
    }
}
