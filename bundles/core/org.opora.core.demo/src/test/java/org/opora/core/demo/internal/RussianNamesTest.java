package org.opora.core.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opora.core.api.Sex;

/** The name tables, transliteration, sorting and date helpers the generator relies on. */
class RussianNamesTest {

    private final RussianNames names = new RussianNames(new DemoWords());

    @Test
    void feminineSurnames() {
        assertEquals(Optional.of("Иванова"), names.feminine("Иванов"));
        assertEquals(Optional.of("Белая"), names.feminine("Белый"));
        assertEquals(Optional.of("Толстая"), names.feminine("Толстой"));
        assertEquals(Optional.of("Островская"), names.feminine("Островский"));
        assertEquals(Optional.of("Соловьёва"), names.feminine("Соловьёв"));
        assertEquals(Optional.of("Ильина"), names.feminine("Ильин"));
        assertEquals(Optional.of("Шевчук"), names.feminine("Шевчук"));
        assertEquals(Optional.of("Черных"), names.feminine("Черных"));
    }

    @Test
    void patronymicsFromTheFathersName() {
        assertEquals(Optional.of("Сергеевич"), names.patronymic("Сергей", Sex.MALE));
        assertEquals(Optional.of("Сергеевна"), names.patronymic("Сергей", Sex.FEMALE));
        assertEquals(Optional.of("Ильич"), names.patronymic("Илья", Sex.MALE));
        assertEquals(Optional.of("Ильинична"), names.patronymic("Илья", Sex.FEMALE));
        assertEquals(Optional.of("Никитична"), names.patronymic("Никита", Sex.FEMALE));
        assertEquals(Optional.of("Львович"), names.patronymic("Лев", Sex.MALE));
        assertEquals(Optional.of("Михайловна"), names.patronymic("Михаил", Sex.FEMALE));
        assertEquals(Optional.of("Петрович"), names.patronymic("Пётр", Sex.MALE));
        assertEquals(Optional.of("Кузьминична"), names.patronymic("Кузьма", Sex.FEMALE));
        assertEquals(Optional.of("Юрьевна"), names.patronymic("Юрий", Sex.FEMALE));
    }

    @Test
    void latinLettersForEmail() {
        assertEquals("kuznetsov", names.latin("Кузнецов"));
        assertEquals("belaya", names.latin("Белая"));
        assertEquals("soloveva", names.latin("Соловьёва"));
        assertEquals("shchukin", names.latin("Щукин"));
        assertEquals("khabibullina", names.latin("Хабибуллина"));
        assertEquals("yuliya", names.latin("Юлия"));
    }

    @Test
    void alphabeticalOrderPutsYoWithYe() {
        List<String> sorted = Stream.of("Ёлкина Анна", "Жукова Анна", "Егорова Анна", "Абрамова Анна")
                .sorted((a, b) -> PupilGenerator.alphabetical(a).compareTo(PupilGenerator.alphabetical(b))).toList();
        assertEquals(List.of("Абрамова Анна", "Егорова Анна", "Ёлкина Анна", "Жукова Анна"), sorted);
    }

    @Test
    void workdaysAvoidWeekendsWithinTheRange() {
        LocalDate saturday = LocalDate.of(2026, 8, 29);
        assertEquals(saturday.minusDays(1), Days.workday(saturday, LocalDate.MIN, saturday));
        assertEquals(saturday.plusDays(2), Days.workday(saturday, saturday, LocalDate.MAX));
        assertEquals(saturday, Days.workday(saturday, saturday, saturday));
    }

    /** The commit hook rejects Cyrillic in main Java sources: the words belong in the resources. */
    @Test
    void mainSourcesHaveNoCyrillic() throws IOException {
        Path sources = Path.of("src/main/java/org/opora/core/impl/internal/demo");
        Assumptions.assumeTrue(Files.isDirectory(sources), "sources not found from " + Path.of("").toAbsolutePath());
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                assertTrue(text.chars().noneMatch(c -> c >= 0x0400 && c <= 0x04FF), file + " contains Cyrillic");
            }
        }
    }
}
