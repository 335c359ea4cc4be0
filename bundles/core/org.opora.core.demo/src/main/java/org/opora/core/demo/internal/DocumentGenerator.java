package org.opora.core.demo.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.seed.SeedDocument;
import org.opora.core.api.seed.SeedStaff;
import org.opora.core.api.staff.StaffDraft;

/**
 * The documents of the register (000 section 5): the annual plan and schedules approved by the director (5.1.1),
 * a programme, examination results and a report (5.1.2), a job description (5.1.3), a consilium document (5.3) and
 * a memo, each with a small UTF-8 text file that says it is demo data.
 */
final class DocumentGenerator {

    static final String CONTENT_TYPE = "text/plain";

    private final DemoWords words;
    private final LocalDate today;
    private final AcademicYear year;
    private final Map<String, StaffDraft> staff = new HashMap<>();
    private String schoolName = "";
    private String approvedBy = "";

    DocumentGenerator(DemoWords words, LocalDate today) {
        this.words = words;
        this.today = today;
        this.year = AcademicYear.containing(today);
    }

    List<SeedDocument> generate(String school, List<SeedStaff> people) {
        people.forEach(p -> staff.put(p.key(), p.draft()));
        schoolName = school;
        StaffDraft director = staff.get(StaffGenerator.DIRECTOR);
        approvedBy = words.text("doc.approvedBy", director.position(), director.name().initials());
        int y = year.startYear();
        String label = year.label();
        AcademicYear previous = new AcademicYear(y - 1);
        List<SeedDocument> docs = new ArrayList<>();
        docs.add(doc("annual-plan", words.text("doc.annual-plan.title", label), StaffGenerator.HEAD, year,
                approvedOn(Month.AUGUST, 30), "annual-plan-" + y + ".txt"));
        for (String key : List.of(StaffGenerator.HEAD, StaffGenerator.PSYCHOLOGIST, StaffGenerator.SOCPED)) {
            StaffDraft author = staff.get(key);
            String title = words.text("doc.schedule.title", label, DemoWords.lowerFirst(author.position()),
                    author.name().initials());
            docs.add(doc("schedule", title, key, year, approvedOn(Month.SEPTEMBER, 2),
                    "schedule-" + key + "-" + y + ".txt"));
        }
        docs.add(doc("job-description", words.text("doc.job-description.title"), StaffGenerator.DEPUTY, year,
                approvedOn(Month.AUGUST, 29), "job-description-social-pedagogue.txt"));
        docs.add(doc("programme", words.text("doc.programme.title", label), "speech-therapist", year,
                approvedOn(Month.SEPTEMBER, 6), "programme-speech-" + y + ".txt"));
        docs.add(doc("examination", words.text("doc.examination.title", label), StaffGenerator.PSYCHOLOGIST, year,
                null, "examination-" + y + ".txt"));
        docs.add(doc("report", words.text("doc.report.title", previous.label()), StaffGenerator.HEAD, previous,
                null, "report-" + (y - 1) + ".txt"));
        docs.add(doc("consilium", words.text("doc.consilium.title"), StaffGenerator.DEPUTY, year,
                approvedOn(Month.AUGUST, 30), "consilium-regulation.txt"));
        docs.add(doc("other", words.text("doc.other.title"), StaffGenerator.SOCPED, year, null,
                "memo-for-parents.txt"));
        return docs;
    }

    private LocalDate approvedOn(Month month, int day) {
        return Days.workday(Days.min(LocalDate.of(year.startYear(), month, day), today), LocalDate.MIN, today);
    }

    private SeedDocument doc(String type, String title, String authorKey, AcademicYear docYear, LocalDate approvedOn,
            String fileName) {
        StaffDraft author = staff.get(authorKey);
        if (author == null) {
            throw new IllegalStateException("document author missing: " + authorKey);
        }
        List<String> lines = new ArrayList<>();
        lines.add(words.text("doc.header"));
        lines.add("");
        lines.add(title);
        lines.add(words.text("doc.school", schoolName));
        lines.add(words.text("doc.author", author.name().initials() + ", " + DemoWords.lowerFirst(author.position())));
        lines.add(words.text("doc.year", docYear.label()));
        lines.add("");
        lines.addAll(words.texts("doc." + type + ".line"));
        lines.add("");
        lines.add(words.text("doc.footer"));
        byte[] content = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        boolean approved = approvedOn != null;
        return new SeedDocument(type, title, authorKey, docYear, approved, approvedOn, approved ? approvedBy : "",
                fileName, CONTENT_TYPE, content);
    }
}
