package org.opora.consilium.impl.internal.print;

import java.util.ArrayList;
import java.util.List;

import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Amendment;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingKind;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.consilium.api.meeting.ParentInvitation;
import org.opora.consilium.api.meeting.Participant;
import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.Block.Align;
import org.opora.platform.api.print.Block.Column;
import org.opora.platform.api.print.Block.Field;
import org.opora.platform.api.print.Block.Signature;
import org.opora.platform.api.print.PrintDocument;

/**
 * The layout of a protocol: school, number, date and kind, who attended, the invited parents, the agenda, each
 * pupil's part, the collegial conclusion, amendments and the signatures of the chair and the secretary.
 */
final class ProtocolLayout {

    private final PrintTexts texts;
    private final String schoolName;

    ProtocolLayout(PrintTexts texts, String schoolName) {
        this.texts = texts;
        this.schoolName = schoolName == null ? "" : schoolName;
    }

    PrintDocument build(Meeting m, List<Participant> participants, List<AgendaItem> items,
            List<Amendment> amendments) {
        PrintDocument.Builder doc = PrintDocument.builder(texts.t("protocol.file", m.number(),
                PrintTexts.date(m.date())));
        boolean draft = m.status() == MeetingStatus.PREPARATION;
        doc.restricted(texts.t(draft ? "confidentialDraft" : "confidential"));
        doc.add(new Block.Paragraph(schoolName, Align.CENTER, true));
        if (draft) {
            doc.add(new Block.Paragraph(texts.t("draftMark"), Align.CENTER, true));
        }
        doc.heading(texts.t("protocol.heading", m.number()), 1);
        doc.add(new Block.Paragraph(texts.t("protocol.subheading"), Align.CENTER, true));
        doc.add(new Block.Fields(header(m)));
        if (m.status() == MeetingStatus.CANCELLED) {
            doc.add(new Block.Paragraph(texts.t("cancelled", m.cancelReason()), Align.LEFT, true));
        }
        attendance(doc, participants);
        parents(doc, items);
        agenda(doc, items);
        doc.heading(texts.t("conclusion"), 2);
        doc.add(new Block.Paragraph(texts.orDash(m.conclusion()), Align.JUSTIFY, false));
        amendments(doc, amendments);
        doc.add(new Block.Spacer(12));
        doc.add(new Block.Signatures(List.of(new Signature(texts.t("chair"), m.chairName(), false),
                new Signature(texts.t("secretary"), m.secretaryName(), false))));
        doc.paragraph(m.finalised() ? texts.t("finalisedOn", PrintTexts.date(m.finalisedAt()))
                : texts.t("notFinalised"));
        return doc.build();
    }

    private List<Field> header(Meeting m) {
        List<Field> rows = new ArrayList<>();
        rows.add(new Field(texts.t("date"), m.time().isBlank() ? PrintTexts.date(m.date())
                : PrintTexts.date(m.date()) + ", " + m.time()));
        rows.add(new Field(texts.t("kind"), kind(m)));
        rows.add(new Field(texts.t("place"), texts.orDash(m.place())));
        rows.add(new Field(texts.t("chair"), texts.orDash(m.chairName())));
        rows.add(new Field(texts.t("secretary"), texts.orDash(m.secretaryName())));
        return rows;
    }

    private String kind(Meeting m) {
        if (m.kind() == MeetingKind.PLANNED && !m.monitoring().isBlank()) {
            return texts.t("kind.plannedAfter", texts.monitoring(m.monitoring()));
        }
        return texts.t("kind." + m.kind().name());
    }

    private void attendance(PrintDocument.Builder doc, List<Participant> participants) {
        List<List<String>> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        List<List<String>> external = new ArrayList<>();
        for (Participant p : participants) {
            if (p.external()) {
                external.add(List.of(String.valueOf(external.size() + 1), p.name(), p.position(), p.organisation()));
            } else if (Boolean.FALSE.equals(p.attended())) {
                absent.add(p.name());
            } else {
                present.add(List.of(String.valueOf(present.size() + 1), p.name(), p.position()));
            }
        }
        doc.heading(texts.t("present"), 3);
        doc.add(new Block.Table(List.of(new Column(texts.t("col.number"), 1), new Column(texts.t("col.name"), 6),
                new Column(texts.t("col.position"), 6)), present));
        if (!external.isEmpty()) {
            doc.heading(texts.t("external"), 3);
            doc.add(new Block.Table(List.of(new Column(texts.t("col.number"), 1),
                    new Column(texts.t("col.name"), 5), new Column(texts.t("col.position"), 4),
                    new Column(texts.t("col.organisation"), 5)), external));
        }
        if (!absent.isEmpty()) {
            doc.add(new Block.Fields(List.of(new Field(texts.t("absent"), String.join(", ", absent)))));
        }
    }

    private void parents(PrintDocument.Builder doc, List<AgendaItem> items) {
        doc.heading(texts.t("parents"), 3);
        List<List<String>> rows = new ArrayList<>();
        for (AgendaItem item : items) {
            for (ParentInvitation p : item.parents()) {
                rows.add(List.of(String.valueOf(rows.size() + 1), p.name(), item.pupilName(),
                        PrintTexts.date(p.invitedOn()), texts.t("attendance." + p.attendance().name())));
            }
        }
        if (rows.isEmpty()) {
            doc.paragraph(texts.t("noParents"));
            return;
        }
        doc.add(new Block.Table(List.of(new Column(texts.t("col.number"), 1), new Column(texts.t("col.name"), 5),
                new Column(texts.t("col.pupil"), 5), new Column(texts.t("col.invitedOn"), 3),
                new Column(texts.t("col.attendance"), 3)), rows));
    }

    private void agenda(PrintDocument.Builder doc, List<AgendaItem> items) {
        doc.heading(texts.t("agenda"), 2);
        List<String> lines = new ArrayList<>();
        for (AgendaItem item : items) {
            lines.add(item.position() + ". " + texts.pupil(item.pupilName(), item.className()));
        }
        doc.paragraph(lines.isEmpty() ? texts.t("none") : String.join("\n", lines));
        PupilPart part = new PupilPart(texts);
        for (AgendaItem item : items) {
            doc.heading(item.position() + ". " + texts.pupil(item.pupilName(), item.className()), 2);
            doc.add(new Block.Fields(List.of(new Field(texts.t("birthDate"), PrintTexts.date(item.birthDate())),
                    new Field(texts.t("reason"), reason(item)))));
            part.add(doc, item);
        }
    }

    private String reason(AgendaItem item) {
        String reason = texts.t("reason." + item.reason().name());
        return item.note().isBlank() ? reason : reason + ": " + item.note().strip();
    }

    private void amendments(PrintDocument.Builder doc, List<Amendment> amendments) {
        if (amendments.isEmpty()) {
            return;
        }
        doc.heading(texts.t("amendments"), 3);
        for (Amendment a : amendments) {
            doc.paragraph(texts.t("amendment", PrintTexts.date(a.at()), a.byName(), a.reason()));
        }
    }
}
