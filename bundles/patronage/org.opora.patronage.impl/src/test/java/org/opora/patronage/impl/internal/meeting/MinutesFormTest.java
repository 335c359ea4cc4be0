package org.opora.patronage.impl.internal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.core.support.testing.PrintedText.blocks;
import static org.opora.core.support.testing.PrintedText.text;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.School;
import org.opora.core.api.SchoolService;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.meeting.AdminMeeting;
import org.opora.patronage.api.meeting.MeetingDraft;
import org.opora.patronage.api.meeting.MeetingItem;
import org.opora.patronage.api.report.CuratorReport;
import org.opora.patronage.api.report.ReportDraft;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;
import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.print.testing.RenderedPdf;

/**
 * The minutes of the director's meeting printed from the meeting as the services keep it, through the platform's
 * renderer and read back: what the person holding the paper sees. The rendered files stay in
 * {@code target/test-output}.
 */
class MinutesFormTest extends PatronageServiceTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final String SCHOOL = "MBOU SOSh No. 41";
    private static final String CHAIR = "Khudyakov Oleg Borisovich";

    private MinutesForm form() {
        SchoolService school = new SchoolService() {
            @Override
            public School school() {
                return new School(SCHOOL, "41", "", director.id(), CHAIR, null, 1);
            }

            @Override
            public School update(String name, String number, String address, Long directorId, long version) {
                throw new AssertionError("update");
            }

            @Override
            public List<AcademicYear> years() {
                return List.of();
            }

            @Override
            public boolean isDemo() {
                return false;
            }
        };
        return new MinutesForm(meetings, school, new MessagesTranslator());
    }

    /** Meeting 4 of today on the curated case with its report, decided; finalised if asked. */
    private AdminMeeting meeting(boolean finalise) {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        CuratorReport r = reports.submit(c.id(), new ReportDraft(order.date(), today(), "Two talks and a home visit",
                "No absences this week", "", "Involve the school inspector"));
        signIn("khudyakov", DIRECTOR);
        AdminMeeting m = meetings.create(new MeetingDraft(today(), "4", CHAIR, "Orlova A. P., Belova A. P."));
        MeetingItem item = meetings.addItem(m.id(), c.id(), r.id());
        meetings.recordDecision(item.id(), item.version(), "Continue the patronage; the inspector talks to the pupil");
        return finalise ? meetings.finalise(m.id(), meetings.get(m.id()).version()) : meetings.get(m.id());
    }

    @Test
    void theMinutesListTheCasesWithTheReportsHeardAndTheDecisionsSignedByTheDirector() throws IOException {
        AdminMeeting m = meeting(true);
        PrintDocument doc = form().build(String.valueOf(m.id()), RU);
        String text = text(doc);
        String day = FieldChecks.day(today());
        assertEquals("\u0414\u043b\u044f \u0441\u043b\u0443\u0436\u0435\u0431\u043d\u043e\u0433\u043e "
                + "\u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u043d\u0438\u044f", doc.restrictionMark());
        assertTrue(text.contains(SCHOOL), text);
        assertTrue(text.contains("\u041f\u0420\u041e\u0422\u041e\u041a\u041e\u041b \u2116 4"), text);
        assertFalse(text.contains("\u041f\u0420\u041e\u0415\u041a\u0422"), "finalised: no draft mark");
        Block.Table list = blocks(doc, Block.Table.class).get(0);
        assertEquals(List.of("1", "Ivanov Ivan", "5A", psychologist.name().full(),
                FieldChecks.day(order.date()) + " \u2013 " + day), list.rows().get(0));
        assertTrue(text.contains("Two talks and a home visit"), text);
        assertTrue(text.contains("Involve the school inspector"), text);
        assertTrue(text.contains("Continue the patronage; the inspector talks to the pupil"), text);
        List<Block.Signature> signatures = blocks(doc, Block.Signatures.class).get(0).signatures();
        assertEquals(List.of(CHAIR), signatures.stream().map(Block.Signature::name).toList());
        try (PDDocument pdf = RenderedPdf.render(doc, "minutes.pdf", RU)) {
            String all = RenderedPdf.text(pdf).replaceAll("\\s+", " ");
            assertTrue(all.contains("\u0430\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0442\u0438"
                    + "\u0432\u043d\u043e\u0433\u043e \u0441\u043e\u0432\u0435\u0449\u0430\u043d\u0438\u044f "
                    + "\u043f\u0440\u0438 \u0434\u0438\u0440\u0435\u043a\u0442\u043e\u0440\u0435"), all);
            assertTrue(all.contains("Ivanov Ivan"), all);
            assertTrue(all.contains("Continue the patronage"), all);
            assertTrue(all.contains(CHAIR), all);
            assertTrue(all.contains(day), all);
        }
    }

    @Test
    void minutesNotFinalisedPrintAsADraft() throws IOException {
        AdminMeeting m = meeting(false);
        PrintDocument doc = form().build(String.valueOf(m.id()), RU);
        assertTrue(text(doc).contains("\u041f\u0420\u041e\u0415\u041a\u0422"), text(doc));
        try (PDDocument pdf = RenderedPdf.render(doc, "minutes-draft.pdf", RU)) {
            assertTrue(RenderedPdf.pageText(pdf, 1).contains("\u041f\u0420\u041e\u0415\u041a\u0422"));
        }
    }

    @Test
    void everyTextIsTranslatedInBothLanguages() {
        AdminMeeting m = meeting(true);
        for (Locale locale : new Locale[] {RU, Locale.ENGLISH}) {
            String text = text(form().build(String.valueOf(m.id()), locale));
            assertFalse(text.contains("patronage.print."), text);
        }
        assertTrue(text(form().build(String.valueOf(m.id()), Locale.ENGLISH)).contains("MINUTES No. 4"));
    }

    @Test
    void theFormItsPermissionUnknownMeetingsAndReadersRefused() {
        AdminMeeting m = meeting(true);
        MinutesForm form = form();
        assertEquals("patronage.minutes", form.id());
        assertEquals(PatronagePermissions.MEETING, form.requiredPermission());
        assertTrue(new MessagesTranslator().knows(form.titleKey()));
        assertThrows(IllegalArgumentException.class, () -> form.build(String.valueOf(m.id() + 100), RU));
        assertThrows(IllegalArgumentException.class, () -> form.build("x", RU));
        signIn("smirnova", CLASS_TEACHER);
        assertThrows(AccessDeniedException.class, () -> form.build(String.valueOf(m.id()), RU));
    }
}
