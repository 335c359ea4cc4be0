package org.opora.patronage.impl.internal.year;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;
import org.opora.platform.print.testing.RenderedPdf;

/** The year's schedule printed for the director's signature, a draft before the approval. */
class ScheduleFormTest extends PatronageServiceTestSupport {

    private static final Locale EN = Locale.ENGLISH;

    private String printed(ScheduleForm form, int year) throws Exception {
        try (PDDocument pdf = RenderedPdf.render(form.build(String.valueOf(year), EN), "schedule.pdf", EN)) {
            return RenderedPdf.text(pdf);
        }
    }

    @Test
    void theScheduleIsPrintedAsADraftAndThenWithTheApproval() throws Exception {
        int year = AcademicYear.containing(today()).startYear();
        ScheduleForm form = new ScheduleForm(years, core.schoolService(), new MessagesTranslator());
        asCoordinator();
        years.addEntry(year, "September", "Curators fixed by order", "Director");
        String draft = printed(form, year);
        assertTrue(draft.contains("DRAFT (not approved)") && draft.contains("Curators fixed by order"), draft);
        assertTrue(draft.contains("Khudyakov O. B."), "the school's director on the approval line: " + draft);

        signIn("khudyakov", DIRECTOR);
        years.approve(year, 0, today());
        String approved = printed(form, year);
        assertFalse(approved.contains("DRAFT"), approved);
        assertTrue(approved.contains(director.name().full()) && approved.contains(
                org.opora.core.support.FieldChecks.day(today())), approved);
        assertThrows(IllegalArgumentException.class, () -> form.build("12", EN));
    }
}
