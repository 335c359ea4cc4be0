package org.opora.patronage.impl.internal.year;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.School;
import org.opora.core.api.SchoolService;
import org.opora.core.support.FormTexts;
import org.opora.core.support.RecordIds;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.year.Schedule;
import org.opora.patronage.api.year.ScheduleEntry;
import org.opora.patronage.api.year.YearService;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.print.PrintableDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The year's schedule of patronage work as printed for the director's signature (regulation 003 section 2.2; record
 * id = the academic year's first calendar year): the approval block ("approved", the director, the day once
 * approved), the schedule's lines as a table, and the coordinator's line. A schedule not yet approved prints with a
 * draft mark.
 */
@Component(service = PrintableDocument.class)
public class ScheduleForm implements PrintableDocument {

    public static final String ID = "patronage.schedule";

    private final YearService years;
    private final SchoolService school;
    private final Translator translator;

    @Activate
    public ScheduleForm(@Reference YearService years, @Reference SchoolService school,
            @Reference Translator translator) {
        this.years = years;
        this.school = school;
        this.translator = translator;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "patronage.print.schedule.title";
    }

    @Override
    public String requiredPermission() {
        return PatronagePermissions.ACCESS;
    }

    @Override
    public PrintDocument build(String recordId, Locale locale) {
        long year = RecordIds.parse(recordId);
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("no such year: " + recordId);
        }
        Schedule s = years.schedule((int) year);
        FormTexts t = new FormTexts(translator, locale, "patronage.print.");
        School sch = school.school();
        String label = new AcademicYear((int) year).label();
        PrintDocument.Builder doc = PrintDocument.builder(t.t("schedule.file", label));
        doc.add(new Block.Approval(List.of(t.t("schedule.approve"), t.t("schedule.director", sch.name()),
                "________ / " + (s.approved() ? s.approvedBy() : t.orDash(sch.director())) + " /",
                s.approved() ? FormTexts.date(s.approvedOn()) : t.t("schedule.dateLine"))));
        doc.add(new Block.Spacer(6));
        doc.heading(t.t("schedule.heading", label), 1);
        if (!s.approved()) {
            doc.add(new Block.Paragraph(t.t("schedule.draft"), Block.Align.CENTER, true));
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (ScheduleEntry e : s.entries()) {
            rows.add(List.of(String.valueOf(n++), e.when(), e.activity(), e.responsible()));
        }
        doc.add(new Block.Table(List.of(new Block.Column(t.t("schedule.no"), 1), new Block.Column(t.t("schedule.when"),
                3), new Block.Column(t.t("schedule.activity"), 8), new Block.Column(t.t("schedule.responsible"), 4)),
                rows));
        doc.add(new Block.Spacer(12));
        doc.add(new Block.Signatures(List.of(new Block.Signature(t.t("schedule.coordinator"), "", true))));
        return doc.build();
    }
}
