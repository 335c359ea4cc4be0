package org.opora.patronage.impl.internal.meeting;

import java.util.ArrayList;
import java.util.List;

import org.opora.core.support.FormTexts;
import org.opora.patronage.api.meeting.AdminMeeting;
import org.opora.patronage.api.meeting.MeetingItem;
import org.opora.patronage.api.report.CuratorReport;
import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.Block.Align;
import org.opora.platform.api.print.Block.Column;
import org.opora.platform.api.print.Block.Field;
import org.opora.platform.api.print.Block.Signature;
import org.opora.platform.api.print.PrintDocument;

/**
 * The layout of the minutes: the school, the number, the day, who chaired and who attended, the agenda (the results
 * of the patronage), the list of the cases discussed, then for each case the curator's report heard and the
 * decision, and the director's signature.
 */
final class MinutesLayout {

    private final FormTexts texts;
    private final String schoolName;

    MinutesLayout(FormTexts texts, String schoolName) {
        this.texts = texts;
        this.schoolName = schoolName == null ? "" : schoolName;
    }

    PrintDocument build(AdminMeeting m) {
        PrintDocument.Builder doc = PrintDocument.builder(texts.t("file", m.number(), FormTexts.date(m.date())));
        doc.restricted(texts.t(m.finalised() ? "restricted" : "restrictedDraft"));
        if (!schoolName.isBlank()) {
            doc.add(new Block.Paragraph(schoolName, Align.CENTER, true));
        }
        if (!m.finalised()) {
            doc.add(new Block.Paragraph(texts.t("draftMark"), Align.CENTER, true));
        }
        doc.heading(texts.t("heading", m.number()), 1);
        doc.add(new Block.Paragraph(texts.t("subheading"), Align.CENTER, true));
        doc.add(new Block.Fields(List.of(new Field(texts.t("date"), FormTexts.date(m.date())),
                new Field(texts.t("chair"), texts.orDash(m.chairedBy())),
                new Field(texts.t("attendees"), texts.orDash(m.attendees())))));
        doc.heading(texts.t("agenda"), 2);
        doc.paragraph(texts.t("agendaText"));
        doc.add(new Block.Table(List.of(new Column(texts.t("col.number"), 1), new Column(texts.t("col.pupil"), 5),
                new Column(texts.t("col.class"), 2), new Column(texts.t("col.curator"), 5),
                new Column(texts.t("col.report"), 4)), list(m.items())));
        for (MeetingItem item : m.items()) {
            item(doc, item);
        }
        doc.add(new Block.Spacer(12));
        doc.add(new Block.Signatures(List.of(new Signature(texts.t("sign.chair"), m.chairedBy(), false))));
        doc.paragraph(m.finalised() ? texts.t("finalisedOn", FormTexts.date(m.finalisedOn()))
                : texts.t("notFinalised"));
        return doc.build();
    }

    private List<List<String>> list(List<MeetingItem> items) {
        List<List<String>> rows = new ArrayList<>();
        for (MeetingItem i : items) {
            rows.add(List.of(String.valueOf(i.position()), i.pupil(), texts.orDash(i.className()),
                    texts.orDash(i.curators()), i.report() == null ? texts.t("noReportShort")
                            : texts.period(i.report().from(), i.report().to())));
        }
        return rows;
    }

    private void item(PrintDocument.Builder doc, MeetingItem i) {
        String pupil = i.className().isBlank() ? i.pupil() : texts.t("pupilWithClass", i.pupil(), i.className());
        doc.heading(i.position() + ". " + pupil, 2);
        doc.add(new Block.Fields(List.of(new Field(texts.t("curators"), texts.orDash(i.curators())))));
        doc.heading(texts.t("heard"), 3);
        CuratorReport r = i.report();
        if (r == null) {
            doc.paragraph(texts.t("noReport"));
        } else {
            doc.paragraph(texts.t("report", r.author(), texts.period(r.from(), r.to()),
                    FormTexts.date(r.submittedOn())));
            doc.add(new Block.Fields(List.of(new Field(texts.t("workDone"), r.workDone()),
                    new Field(texts.t("results"), r.results()),
                    new Field(texts.t("difficulties"), texts.orDash(r.difficulties())),
                    new Field(texts.t("proposals"), texts.orDash(r.proposals())))));
        }
        doc.heading(texts.t("decided"), 3);
        doc.add(new Block.Paragraph(texts.orDash(i.decision()), Align.JUSTIFY, false));
    }
}
