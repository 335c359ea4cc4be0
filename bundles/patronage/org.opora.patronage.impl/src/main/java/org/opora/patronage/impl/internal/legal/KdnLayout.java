package org.opora.patronage.impl.internal.legal;

import java.util.List;

import org.opora.core.support.FormTexts;
import org.opora.patronage.api.legal.KdnCertificate;
import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.Block.Align;
import org.opora.platform.api.print.PrintDocument;

/**
 * The certificate (spravka) (characteristic) of a pupil for KDN i ZP as printed: the school, the registration number and date, the
 * addressee, the pupil and the case, the four parts of the characteristic, and the signatures of the director and
 * the social pedagogue; "for official use" on every page.
 */
final class KdnLayout {

    private final FormTexts texts;

    KdnLayout(FormTexts texts) {
        this.texts = texts;
    }

    /**
     * @param number the registration number in the document register, or {@code null} before registration
     */
    PrintDocument build(KdnFacts facts, KdnCertificate c, Long number) {
        PrintDocument.Builder doc = PrintDocument.builder(texts.t("kdn.file", number == null ? "" : number));
        doc.restricted(texts.t("restricted"));
        doc.add(new Block.Paragraph(facts.school(), Align.CENTER, true));
        doc.add(new Block.Paragraph(number == null ? texts.t("kdn.unregistered")
                : texts.t("kdn.registered", String.valueOf(number), FormTexts.date(c.issuedOn())), Align.LEFT, false));
        doc.add(new Block.Paragraph(texts.t("kdn.to", c.addressee()), Align.RIGHT, false));
        doc.add(new Block.Spacer(6));
        doc.heading(texts.t("kdn.heading"), 1);
        doc.add(new Block.Fields(List.of(
                new Block.Field(texts.t("kdn.pupil"), facts.pupil()),
                new Block.Field(texts.t("kdn.birthDate"), texts.orDash(FormTexts.date(facts.birthDate()))),
                new Block.Field(texts.t("kdn.class"), texts.orDash(facts.className())),
                new Block.Field(texts.t("kdn.classTeacher"), texts.orDash(facts.classTeacher())),
                new Block.Field(texts.t("kdn.category"), facts.category()),
                new Block.Field(texts.t("kdn.since"), FormTexts.date(facts.openedOn())),
                new Block.Field(texts.t("kdn.curators"), texts.orDash(String.join(", ", facts.curators()))),
                new Block.Field(texts.t("kdn.purpose"), texts.orDash(c.purpose())))));
        section(doc, "kdn.behaviour", c.behaviour());
        section(doc, "kdn.family", c.family());
        section(doc, "kdn.workDone", c.workDone());
        section(doc, "kdn.conclusion", c.conclusion());
        doc.add(new Block.Spacer(12));
        doc.add(new Block.Signatures(List.of(new Block.Signature(texts.t("kdn.director"), facts.director(), false),
                new Block.Signature(texts.t("kdn.socialPedagogue"), c.signedBy(), true))));
        return doc.build();
    }

    private void section(PrintDocument.Builder doc, String key, String text) {
        doc.heading(texts.t(key), 2);
        doc.paragraph(texts.orDash(text));
    }
}
