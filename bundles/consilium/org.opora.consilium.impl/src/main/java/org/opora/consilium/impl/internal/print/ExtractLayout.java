package org.opora.consilium.impl.internal.print;

import java.util.List;

import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.Block.Align;
import org.opora.platform.api.print.Block.Field;
import org.opora.platform.api.print.Block.Signature;
import org.opora.platform.api.print.PrintDocument;

/**
 * The layout of the parents' extract. It names only the one pupil: the agenda, the other pupils' parents and the
 * collegial conclusion (which may mention other pupils) are left out.
 */
final class ExtractLayout {

    private final PrintTexts texts;
    private final String schoolName;

    ExtractLayout(PrintTexts texts, String schoolName) {
        this.texts = texts;
        this.schoolName = schoolName == null ? "" : schoolName;
    }

    PrintDocument build(Meeting m, AgendaItem item) {
        String date = PrintTexts.date(m.date());
        PrintDocument.Builder doc = PrintDocument.builder(texts.t("extract.file", m.number(), date));
        boolean draft = m.status() == MeetingStatus.PREPARATION;
        doc.restricted(texts.t(draft ? "confidentialDraft" : "confidential"));
        doc.add(new Block.Paragraph(schoolName, Align.CENTER, true));
        if (draft) {
            doc.add(new Block.Paragraph(texts.t("draftMark"), Align.CENTER, true));
        }
        doc.heading(texts.t("extract.heading"), 1);
        doc.add(new Block.Paragraph(texts.t("extract.subheading", m.number(), date), Align.CENTER, true));
        doc.add(new Block.Fields(List.of(
                new Field(texts.t("pupil"), item.pupilName()),
                new Field(texts.t("birthDate"), PrintTexts.date(item.birthDate())),
                new Field(texts.t("className"), texts.orDash(item.className())),
                new Field(texts.t("chair"), texts.orDash(m.chairName())),
                new Field(texts.t("secretary"), texts.orDash(m.secretaryName())))));
        new PupilPart(texts).add(doc, item);
        doc.add(new Block.Spacer(12));
        doc.add(new Block.Signatures(List.of(new Signature(texts.t("chair"), m.chairName(), true))));
        doc.add(new Block.Spacer(12));
        doc.add(new Block.Paragraph(texts.t("acknowledged"), Align.LEFT, true));
        doc.add(new Block.Signatures(parentLines(item)));
        return doc.build();
    }

    /** A line for each invited parent with their name, or one blank line when none was invited. */
    private List<Signature> parentLines(AgendaItem item) {
        if (item.parents().isEmpty()) {
            return List.of(new Signature(texts.t("parentSignature"), "", true));
        }
        return item.parents().stream().map(p -> new Signature(texts.t("parentSignature"), p.name(), true)).toList();
    }
}
