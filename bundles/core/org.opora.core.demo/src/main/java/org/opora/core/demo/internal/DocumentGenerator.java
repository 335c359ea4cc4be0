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
import org.opora.core.api.seed.SeedPupil;
import org.opora.core.api.seed.SeedStaff;
import org.opora.core.api.staff.StaffDraft;

/**
 * The documents of the register (000 section 5): the annual plan and schedules approved by the director (5.1.1),
 * a programme, examination results and a report (5.1.2), a job description (5.1.3), a consilium document (5.3) and
 * a memo, each with a small UTF-8 text file that says it is demo data; two documents about one pupil with special educational needs (OVZ) (the
 * psychologist's examination, confidential, and the social pedagogue's characteristic for the consilium, read by
 * whoever works with the pupil), and a schedule of two years ago archived past its retention period (6.1), listed
 * for destruction.
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

    List<SeedDocument> generate(String school, List<SeedStaff> people, List<SeedPupil> pupils) {
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
        docs.addAll(aboutAPupil(pupils));
        AcademicYear twoAgo = new AcademicYear(y - 2);
        StaffDraft head = staff.get(StaffGenerator.HEAD);
        docs.add(doc("schedule", words.text("doc.schedule.title", twoAgo.label(),
                DemoWords.lowerFirst(head.position()), head.name().initials()), StaffGenerator.HEAD, twoAgo, null,
                "schedule-head-" + (y - 2) + ".txt").about(null, LocalDate.of(y - 1, Month.SEPTEMBER, 1)));
        return docs;
    }

    /** The examination and the characteristic of the first pupil with special educational needs (OVZ) today (else the first pupil). */
    private List<SeedDocument> aboutAPupil(List<SeedPupil> pupils) {
        if (pupils.isEmpty()) {
            return List.of();
        }
        int index = 0;
        for (int i = 0; i < pupils.size(); i++) {
            if (pupils.get(i).hasFlag(FlagGenerator.OVZ, today)) {
                index = i;
                break;
            }
        }
        SeedPupil pupil = pupils.get(index);
        String name = pupil.name().full() + ", " + pupil.className();
        return List.of(
                doc("examination", words.text("doc.pupil-examination.title", name), StaffGenerator.PSYCHOLOGIST,
                        year, null, "examination-pupil-" + (index + 1) + ".txt", "doc.pupil-examination.line")
                        .about(index, null),
                doc("other", words.text("doc.characteristic.title", name), StaffGenerator.SOCPED, year, null,
                        "characteristic-pupil-" + (index + 1) + ".txt", "doc.characteristic.line")
                        .about(index, null));
    }

    private LocalDate approvedOn(Month month, int day) {
        return Days.workday(Days.min(LocalDate.of(year.startYear(), month, day), today), LocalDate.MIN, today);
    }

    private SeedDocument doc(String type, String title, String authorKey, AcademicYear docYear, LocalDate approvedOn,
            String fileName) {
        return doc(type, title, authorKey, docYear, approvedOn, fileName, "doc." + type + ".line");
    }

    private SeedDocument doc(String type, String title, String authorKey, AcademicYear docYear, LocalDate approvedOn,
            String fileName, String linesKey) {
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
        lines.addAll(words.texts(linesKey));
        lines.add("");
        lines.add(words.text("doc.footer"));
        byte[] content = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        boolean approved = approvedOn != null;
        return new SeedDocument(type, title, authorKey, docYear, approved, approvedOn, approved ? approvedBy : "",
                fileName, CONTENT_TYPE, content);
    }
}
