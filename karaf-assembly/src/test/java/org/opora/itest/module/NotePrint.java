package org.opora.itest.module;

import java.util.List;
import java.util.Locale;

import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.print.PrintableDocument;

/** The test module's printable form, with Cyrillic text, the restriction mark and a sign-off block. */
public class NotePrint implements PrintableDocument {

    public static final String ID = "itest.note";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "itest.note.print";
    }

    @Override
    public String requiredPermission() {
        return ModuleActivator.PERMISSION;
    }

    @Override
    public PrintDocument build(String recordId, Locale locale) {
        return PrintDocument.builder("Заметка " + recordId)
                .restricted("Для служебного пользования")
                .add(new Block.Approval(List.of("УТВЕРЖДАЮ", "Директор", "________ / Смирнова Е. В. /")))
                .heading("Заметка № " + recordId, 1)
                .add(new Block.Fields(List.of(new Block.Field("Ф.И.О. обучающегося", "Иванов Иван Иванович"))))
                .add(new Block.Signatures(List.of(new Block.Signature("Куратор", "Волкова А. И.", true))))
                .build();
    }
}
