package org.opora.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.opora.core.api.pupil.ClassDraft;
import org.opora.core.api.pupil.FlagPeriod;

class ValueTypesTest {

    @Test
    void academicYearRunsFromFirstSeptemberToThirtyFirstAugust() {
        assertEquals(new AcademicYear(2026), AcademicYear.containing(LocalDate.of(2026, 9, 1)));
        assertEquals(new AcademicYear(2025), AcademicYear.containing(LocalDate.of(2026, 8, 31)));
        assertEquals("2026/2027", new AcademicYear(2026).label());
        assertEquals(LocalDate.of(2027, 8, 31), new AcademicYear(2026).lastDay());
        assertEquals(new AcademicYear(2026), AcademicYear.parse("2026/2027"));
        assertThrows(IllegalArgumentException.class, () -> AcademicYear.parse("2026/2028"));
    }

    @Test
    void classNamesParseWithCyrillicLetters() {
        ClassDraft d = ClassDraft.parse("7б", null);
        assertEquals(7, d.grade());
        assertEquals("Б", d.letter());
        assertEquals(10, ClassDraft.parse("10 А", 3L).grade());
        assertThrows(IllegalArgumentException.class, () -> ClassDraft.parse("Б7", null));
        assertThrows(IllegalArgumentException.class, () -> ClassDraft.parse("7", null));
        assertThrows(IllegalArgumentException.class, () -> ClassDraft.parse("123А", null));
    }

    @Test
    void namesPrintFullAndWithInitials() {
        PersonName n = PersonName.parse("  Иванова   Мария Сергеевна ");
        assertEquals("Иванова Мария Сергеевна", n.full());
        assertEquals("Иванова М. С.", n.initials());
        assertEquals("Алиев Рашид", PersonName.parse("Алиев Рашид").full());
        assertEquals("Мамедов Эльдар Рауф Оглы", PersonName.parse("Мамедов Эльдар Рауф Оглы").full());
        assertThrows(IllegalArgumentException.class, () -> PersonName.parse("Иванов"));
    }

    @Test
    void listEntriesParseCodesAndLabels() {
        assertEquals(new ListItem("ovz", "ОВЗ"), ListItem.parse("ovz = ОВЗ"));
        assertEquals(new ListItem("gifted", "gifted"), ListItem.parse("gifted"));
        assertThrows(IllegalArgumentException.class, () -> ListItem.parse("Группа риска"));
    }

    @Test
    void listEntriesCarryAnOptionalEnglishLabel() {
        String entry = "mediation = Служба медиации | Mediation service";
        assertEquals(new ListItem("mediation", "Служба медиации"), ListItem.parse(entry));
        assertEquals("Mediation service", ListItem.englishLabel(entry).orElseThrow());
        assertTrue(ListItem.englishLabel("ovz = ОВЗ").isEmpty());
        assertTrue(ListItem.englishLabel("ovz").isEmpty());
        assertTrue(ListItem.englishLabel("ovz = ОВЗ | ").isEmpty());
        assertEquals(java.util.Map.of("mediation", "Mediation service"),
                ListItem.englishLabels(new String[] {"ovz", entry, "mediation = Другая | Other", ""}));
    }

    @Test
    void aFlagAppliesFromTheDaySetUntilTheDayCleared() {
        FlagPeriod p = new FlagPeriod(1, "ovz", LocalDate.of(2025, 3, 1), LocalDate.of(2026, 3, 1), "", "a", "b");
        assertFalse(p.activeOn(LocalDate.of(2025, 2, 28)));
        assertTrue(p.activeOn(LocalDate.of(2025, 3, 1)));
        assertTrue(p.activeOn(LocalDate.of(2026, 2, 28)));
        assertFalse(p.activeOn(LocalDate.of(2026, 3, 1)));
    }
}
