package org.opora.core.impl.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.core.impl.internal.exchange.ExchangeTestSupport.VOCABULARY;
import static org.opora.core.impl.internal.exchange.ExchangeTestSupport.assertMessages;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.core.api.PersonName;
import org.opora.core.api.exchange.ImportIssue;
import org.opora.core.api.staff.StaffDraft;

/** Staff files checked by {@link StaffRows}. */
class StaffRowsTest {

    private static final List<String> HEADER = List.of("Фамилия", "Имя", "Отчество", "Должность", "Специализация",
            "Логин", "Телефон", "Эл. почта");

    private final ExchangeTestSupport.School school = new ExchangeTestSupport.School();
    private final StaffRows staff = new StaffRows(school, VOCABULARY);

    @Test
    void specialistTypesAreMatchedByLabelAndByCode() {
        ParsedRows<StaffRow> parsed = parse(HEADER,
                List.of("Смирнова", "Елена", "Викторовна", "Педагог-психолог", "педагог-психолог", "smirnova.ev",
                        "+7 812 000-00-00", "smirnova@school59.ru"),
                List.of("Орлов", "Олег", "", "Учитель", "speech-therapist; Социальный педагог,psychologist", "", "",
                        ""),
                List.of("Котова", "Анна", "", "Тьютор", "Тьютор, наставник", "", "", ""),
                List.of("Лебедев", "Иван", "", "Директор", "", "", "", ""));

        assertEquals(List.of(), parsed.issues());
        assertTrue(parsed.acceptable());
        assertEquals(new StaffRow(2, new StaffDraft(new PersonName("Смирнова", "Елена", "Викторовна"),
                "Педагог-психолог", List.of("psychologist"), "smirnova.ev", "+7 812 000-00-00",
                "smirnova@school59.ru")), parsed.rows().get(0));
        assertEquals(List.of("speech-therapist", "social-pedagogue", "psychologist"),
                parsed.rows().get(1).draft().specialistTypes());
        assertEquals(List.of("tutor"), parsed.rows().get(2).draft().specialistTypes());
        assertEquals(List.of(), parsed.rows().get(3).draft().specialistTypes());
        assertEquals(5, parsed.rows().get(3).row());
    }

    @Test
    void anUnknownSpecialistTypeIsNamedWithTheAllowedOnes() {
        ParsedRows<StaffRow> parsed = parse(HEADER,
                List.of("Орлов", "Олег", "", "Учитель", "psychologist, дефектолог", "", "", ""));

        assertEquals(List.of(ImportIssue.of(2, "Специализация", "core.import.error.specialistType", "дефектолог",
                "Педагог-психолог, Учитель-логопед, Социальный педагог, Тьютор, наставник")), parsed.issues());
        assertMessages(parsed.issues());
    }

    @Test
    void usernamesAreCheckedForFormDuplicatesAndAccountsTaken() {
        ParsedRows<StaffRow> parsed = parse(HEADER,
                List.of("А", "Б", "", "Учитель", "", "Ivanova", "", ""),
                List.of("В", "Г", "", "Учитель", "", "иванова", "", ""),
                List.of("Д", "Е", "", "Учитель", "", "x", "", ""),
                List.of("Ж", "З", "", "Учитель", "", "orlov", "", ""),
                List.of("И", "К", "", "Учитель", "", "orlov", "", ""),
                List.of("Л", "М", "", "Учитель", "", "petrova", "", ""));

        assertEquals(List.of(
                ImportIssue.of(2, "Логин", "core.import.error.username"),
                ImportIssue.of(3, "Логин", "core.import.error.username"),
                ImportIssue.of(4, "Логин", "core.import.error.username"),
                ImportIssue.of(6, "Логин", "core.import.error.usernameDuplicate", "5"),
                ImportIssue.of(7, "Логин", "core.import.error.usernameTaken")), parsed.issues());
        assertEquals(List.of(5), parsed.rows().stream().map(StaffRow::row).toList());
        assertMessages(parsed.issues());
    }

    @Test
    void everyProblemOfARowIsReported() {
        ParsedRows<StaffRow> parsed = parse(HEADER, List.of("Смирнова", "", "", "", "", "", "12", "smirnova@"));

        assertEquals(List.of(
                ImportIssue.of(2, "Имя", "core.import.error.required"),
                ImportIssue.of(2, "Должность", "core.import.error.required"),
                ImportIssue.of(2, "Телефон", "core.import.error.phone"),
                ImportIssue.of(2, "Эл. почта", "core.import.error.email")), parsed.issues());
    }

    @Test
    void aMissingPositionColumnIsAFileIssue() {
        ParsedRows<StaffRow> parsed = parse(List.of("Фамилия", "Имя", "Класс"), List.of("Смирнова", "Елена", "5А"));

        assertEquals(List.of(ImportIssue.of(0, "Должность", "core.import.error.missingColumn")), parsed.issues());
        assertEquals(List.of(ImportIssue.of(0, "Класс", "core.import.note.unknownColumn")), parsed.notes());
    }

    @Test
    void englishHeadersAreRecognised() {
        ParsedRows<StaffRow> parsed = parse(List.of("Last name", "First name", "Middle name", "Job title",
                "Specialist types", "Login", "Phone", "Email"),
                List.of("Smirnova", "Elena", "", "Psychologist", "psychologist", "smirnova", "", "e@school.ru"));

        assertEquals(List.of(), parsed.issues());
        assertEquals("smirnova", parsed.rows().get(0).draft().username());
    }

    @Test
    void aSecondPhoneColumnIsNotAStaffColumn() {
        ParsedRows<StaffRow> parsed = parse(List.of("Фамилия", "Имя", "Должность", "Телефон 2"),
                List.of("Смирнова", "Елена", "Учитель", "123456"));

        assertEquals(List.of(), parsed.issues());
        assertEquals(List.of(ImportIssue.of(0, "Телефон 2", "core.import.note.unknownColumn")), parsed.notes());
    }

    @SafeVarargs
    private ParsedRows<StaffRow> parse(List<String> header, List<String>... rows) {
        return staff.parse(new Table(header, List.of(rows)));
    }
}
