package org.opora.patronage.programmes.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.patronage.api.link.RelatedRecord;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.testing.Fakes;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.programmes.api.programme.ProgrammeSummary;

class ProgrammeRecordsTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final ProgrammeSummary OPEN = new ProgrammeSummary(42, 101, "Pupil", "5А",
            ProgrammeState.IN_PROGRESS, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31), "Смирнова А. А.", 2,
            true);
    /** What a user who may only know that a programme exists is told of it. */
    private static final ProgrammeSummary KNOWN_ONLY = new ProgrammeSummary(41, 101, "Pupil", "5А",
            ProgrammeState.CLOSED, LocalDate.of(2025, 9, 1), null, "", 0, false);

    private static ProgrammeRecords records(ProgrammeService programmes) {
        return new ProgrammeRecords(programmes, new MessagesTranslator());
    }

    private static ProgrammeService knowing(List<ProgrammeSummary> summaries) {
        return Fakes.of(ProgrammeService.class, Map.of("ofPupil", args -> summaries));
    }

    @Test
    void aProgrammeTheUserMayOpenShowsStatePeriodCuratorOverdueRowsAndItsPage() {
        RelatedRecord r = records(knowing(List.of(OPEN))).forPupil(101, RU).get(0);
        assertEquals("programmes", r.source());
        assertEquals("Программы сопровождения (ИПС)", r.sourceTitle());
        // the state's label comes from the programmes module's messages, absent in this test
        assertEquals("ИПС: programmes.state.in-progress, 01.09.2026 – 31.05.2027", r.title());
        assertEquals("Куратор: Смирнова А. А.. Просрочено мероприятий плана: 2.", r.detail());
        assertEquals(LocalDate.of(2026, 9, 1), r.date());
        assertEquals("programmes/programme/42", r.route());
    }

    @Test
    void aProgrammeTheUserMayOnlyKnowOfHasNoPageAndAnOpenEnd() {
        RelatedRecord r = records(knowing(List.of(KNOWN_ONLY))).forPupil(101, Locale.ENGLISH).get(0);
        assertEquals("Programme: programmes.state.closed, 01.09.2025 – \u2014", r.title());
        assertEquals("", r.detail());
        assertEquals("", r.route());
    }

    @Test
    void aUserWhoMayNotKnowOfProgrammesSeesNone() {
        ProgrammeService refusing = Fakes.of(ProgrammeService.class, Map.of("ofPupil", args -> {
            throw new AccessDeniedException("programmes.existence");
        }));
        assertTrue(records(refusing).forPupil(101, RU).isEmpty());
    }
}
