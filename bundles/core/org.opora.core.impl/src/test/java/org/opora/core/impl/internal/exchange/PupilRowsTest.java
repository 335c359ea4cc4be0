package org.opora.core.impl.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.core.impl.internal.exchange.ExchangeTestSupport.VOCABULARY;
import static org.opora.core.impl.internal.exchange.ExchangeTestSupport.assertMessages;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;
import org.opora.core.api.exchange.ImportIssue;
import org.opora.core.api.pupil.ClassDraft;
import org.opora.core.api.pupil.RepresentativeDraft;

/** Pupil files checked by {@link PupilRows}, as a school secretary would fill them in. */
class PupilRowsTest {

    private static final List<String> HEADER = List.of("Фамилия", "Имя", "Отчество", "Дата рождения", "Пол", "Класс",
            "Представитель", "Степень родства", "Телефон", "Эл. почта",
            "Представитель 2", "Степень родства 2", "Телефон 2", "Эл. почта 2");

    private final ExchangeTestSupport.School school = new ExchangeTestSupport.School();
    private final PupilRows pupils = new PupilRows(school, VOCABULARY);

    @Test
    void goodRowsBecomePupilsWithTheirRepresentatives() {
        ParsedRows<PupilRow> parsed = parse(HEADER,
                List.of("Иванов", "Иван", "Иванович", "01.09.2015", "М", "5А",
                        "Иванова Мария Петровна", "Мать", "+7 (921) 123-45-67", "ivanova@mail.ru",
                        "Иванов Иван Сергеевич", "father", "", ""),
                List.of("Петрова", "Анна", "", "2016-03-02", "жен.", "5 а", "", "", "", "", "", "", "", ""));

        assertEquals(List.of(), parsed.issues());
        assertEquals(List.of(), parsed.notes());
        assertTrue(parsed.acceptable());
        assertEquals(HEADER, parsed.columns());
        PupilRow first = parsed.rows().get(0);
        assertEquals(2, first.row());
        assertEquals(new PersonName("Иванов", "Иван", "Иванович"), first.name());
        assertEquals(LocalDate.of(2015, 9, 1), first.birthDate());
        assertEquals(Sex.MALE, first.sex());
        assertEquals(new ClassDraft(5, "А", null), first.klass());
        assertEquals(List.of(
                new RepresentativeDraft("Иванова Мария Петровна", "mother", "+7 (921) 123-45-67", "ivanova@mail.ru"),
                new RepresentativeDraft("Иванов Иван Сергеевич", "father", "", "")), first.representatives());
        PupilRow second = parsed.rows().get(1);
        assertEquals(3, second.row());
        assertEquals(Sex.FEMALE, second.sex());
        assertEquals("5А", second.className());
        assertEquals(List.of(), second.representatives());
    }

    @Test
    void everyProblemOfARowIsReported() {
        ParsedRows<PupilRow> parsed = parse(HEADER,
                List.of("", "Иван", "", "31.02.2015", "X", "13А", "Иванова", "Тётя", "звонить маме", "ivanova.mail.ru",
                        "", "", "", ""));

        assertEquals(List.of(
                ImportIssue.of(2, "Фамилия", "core.import.error.required"),
                ImportIssue.of(2, "Дата рождения", "core.import.error.noSuchDay", "31.02.2015", "02.2015", "28"),
                ImportIssue.of(2, "Пол", "core.import.error.sex"),
                ImportIssue.of(2, "Класс", "core.import.error.grade", "11"),
                ImportIssue.of(2, "Представитель", "core.import.error.fullName"),
                ImportIssue.of(2, "Степень родства", "core.import.error.relation", "Тётя", "Мать, Отец, Опекун"),
                ImportIssue.of(2, "Телефон", "core.import.error.phone"),
                ImportIssue.of(2, "Эл. почта", "core.import.error.email")), parsed.issues());
        assertEquals(List.of(), parsed.rows());
        assertFalse(parsed.acceptable());
        assertMessages(parsed.issues());
    }

    @Test
    void problemsOfSeveralRowsAreAllReportedInRowOrder() {
        ParsedRows<PupilRow> parsed = parse(List.of("Фамилия", "Имя", "Дата рождения", "Пол", "Класс"),
                List.of("Иванов", "", "01.09.2015", "М", "5А"),
                List.of("Петров", "Пётр", "01.09.2015", "М", "5А"),
                List.of("Сидоров", "Илья", "01.09.2023", "М", "А5"));

        assertEquals(List.of(
                ImportIssue.of(2, "Имя", "core.import.error.required"),
                ImportIssue.of(4, "Дата рождения", "core.import.error.age", "5", "25"),
                ImportIssue.of(4, "Класс", "core.import.error.class")), parsed.issues());
        assertEquals(1, parsed.rows().size());
        assertEquals(3, parsed.rows().get(0).row());
        assertMessages(parsed.issues());
    }

    @Test
    void datesAreAcceptedInTheUsualFormsAndAgesChecked() {
        ParsedRows<PupilRow> parsed = parse(List.of("Фамилия", "Имя", "Дата рождения", "Пол", "Класс"),
                List.of("А", "Б", "1.9.2015", "М", "5А"),
                List.of("В", "Г", "01.09.2015 0:00:00", "М", "5А"),
                List.of("Д", "Е", "2000-09-01", "М", "5А"),
                List.of("Ж", "З", "31.08.1999", "М", "5А"),
                List.of("И", "К", "02.09.2025", "М", "5А"),
                List.of("Л", "М", "01.09.15", "М", "5А"),
                List.of("Н", "О", "29.02.2012", "М", "5А"),
                List.of("П", "Р", "29.02.2013", "М", "5А"),
                List.of("С", "Т", "12.13.2012", "М", "5А"));

        assertEquals(List.of(2, 3, 4, 8), parsed.rows().stream().map(PupilRow::row).toList());
        assertEquals(List.of(
                ImportIssue.of(5, "Дата рождения", "core.import.error.age", "5", "25"),
                ImportIssue.of(6, "Дата рождения", "core.import.error.age", "5", "25"),
                ImportIssue.of(7, "Дата рождения", "core.import.error.date"),
                ImportIssue.of(9, "Дата рождения", "core.import.error.noSuchDay", "29.02.2013", "02.2013", "28"),
                ImportIssue.of(10, "Дата рождения", "core.import.error.noSuchMonth", "12.13.2012", "13")),
                parsed.issues());
    }

    @Test
    void sexIsReadFromRussianAndEnglishWords() {
        List<String> words = List.of("М", "ж", "Муж.", "женский", "M", "female", "мужской", "F");
        List<Sex> expected = List.of(Sex.MALE, Sex.FEMALE, Sex.MALE, Sex.FEMALE, Sex.MALE, Sex.FEMALE, Sex.MALE,
                Sex.FEMALE);
        List<String> header = List.of("Фамилия", "Имя", "Дата рождения", "Пол", "Класс");
        Table table = new Table(header, words.stream()
                .map(w -> List.of("Фамилия" + "я".repeat(w.length()), "Имя" + "ё".repeat(words.indexOf(w) + 1),
                        "01.09.2015", w, "5А")).toList());

        ParsedRows<PupilRow> parsed = pupils.parse(table);

        assertEquals(List.of(), parsed.issues());
        assertEquals(expected, parsed.rows().stream().map(PupilRow::sex).toList());
    }

    @Test
    void missingRequiredColumnsAreReportedOnceForTheFile() {
        ParsedRows<PupilRow> parsed = parse(List.of("Фамилия", "Имя", "Класс"),
                List.of("", "", ""), List.of("Иванов", "", "5Я"));

        assertEquals(List.of(
                ImportIssue.of(0, "Дата рождения", "core.import.error.missingColumn"),
                ImportIssue.of(0, "Пол", "core.import.error.missingColumn")), parsed.issues());
        assertEquals(List.of(), parsed.rows());
        assertMessages(parsed.issues());
    }

    @Test
    void representativeColumnsComeInPairs() {
        ParsedRows<PupilRow> parsed = parse(List.of("Фамилия", "Имя", "Дата рождения", "Пол", "Класс",
                "Представитель", "Телефон 2"), List.of("Иванов", "Иван", "01.09.2015", "М", "5А", "Иванова Мария", ""));

        assertEquals(List.of(
                ImportIssue.of(0, "Степень родства", "core.import.error.missingColumn"),
                ImportIssue.of(0, "Представитель 2", "core.import.error.missingColumn")), parsed.issues());
    }

    @Test
    void namesMixingAlphabetsOrWithEmojiAreReported() {
        ParsedRows<PupilRow> parsed = parse(HEADER,
                List.of("Ивaнoв", "Иван😀", "Иванович", "01.09.2015", "М", "5А", "Ивaнова Мария", "Мать", "", "",
                        "", "", "", ""));

        assertEquals(List.of(
                ImportIssue.of(2, "Фамилия", "core.import.error.name.mixed", "Ивaнoв"),
                ImportIssue.of(2, "Имя", "core.import.error.name.letters", "Иван😀"),
                ImportIssue.of(2, "Представитель", "core.import.error.name.mixed", "Ивaнова")), parsed.issues());
        assertEquals(List.of(), parsed.rows());
        assertMessages(parsed.issues());
    }

    @Test
    void aRepresentativeNeedsNameAndRelation() {
        ParsedRows<PupilRow> parsed = parse(HEADER,
                List.of("Иванов", "Иван", "", "01.09.2015", "М", "5А", "Иванова Мария", "", "", "",
                        "", "Отец", "", ""),
                List.of("Петров", "Пётр", "", "01.09.2015", "М", "5А", "", "", "8 921 000-00-00", "",
                        "", "", "", ""));

        assertEquals(List.of(
                ImportIssue.of(2, "Степень родства", "core.import.error.relationRequired"),
                ImportIssue.of(2, "Представитель 2", "core.import.error.representativeRequired"),
                ImportIssue.of(3, "Представитель", "core.import.error.representativeRequired"),
                ImportIssue.of(3, "Степень родства", "core.import.error.relationRequired")), parsed.issues());
        assertMessages(parsed.issues());
    }

    @Test
    void unknownAndUnnamedColumnsAreNotedAndIgnored() {
        ParsedRows<PupilRow> parsed = parse(List.of("№", "Фамилия", "Имя", "Дата рождения", "Пол", "Класс",
                "Примечание", ""), List.of("1", "Иванов", "Иван", "01.09.2015", "М", "5А", "отличник", "?"));

        assertEquals(List.of(), parsed.issues());
        assertEquals(1, parsed.rows().size());
        assertEquals(List.of(
                ImportIssue.of(0, "№", "core.import.note.unknownColumn"),
                ImportIssue.of(0, "Примечание", "core.import.note.unknownColumn"),
                ImportIssue.of(0, "", "core.import.note.unnamedColumn", "H")), parsed.notes());
        assertEquals(List.of("Фамилия", "Имя", "Дата рождения", "Пол", "Класс"), parsed.columns());
        assertMessages(parsed.notes());
    }

    @Test
    void aClassThatDoesNotExistYetIsNotedOnce() {
        List<String> header = List.of("Фамилия", "Имя", "Дата рождения", "Пол", "Класс");
        ParsedRows<PupilRow> parsed = parse(header,
                List.of("А", "Б", "01.09.2015", "М", "5В"),
                List.of("В", "Г", "01.09.2015", "М", "5 в"),
                List.of("Д", "Е", "01.09.2015", "М", "5А"));

        assertEquals(List.of(), parsed.issues());
        assertEquals(3, parsed.rows().size());
        assertEquals(List.of(ImportIssue.of(0, "", "core.import.note.newClass", "5В")), parsed.notes());
        assertEquals(List.of("5В", "5А"), school.classQueries);
        assertMessages(parsed.notes());
    }

    @Test
    void duplicatesInTheFileAndOnRecordAreIssues() {
        List<String> header = List.of("Фамилия", "Имя", "Отчество", "Дата рождения", "Пол", "Класс");
        ParsedRows<PupilRow> parsed = parse(header,
                List.of("Семёнов", "Пётр", "", "01.09.2015", "М", "5А"),
                List.of("Иванов", "Иван", "", "01.09.2015", "М", "5А"),
                List.of("СЕМЕНОВ", "петр", "", "1.9.2015", "М", "5А"),
                List.of("Сидоров", "Пётр", "Ильич", "02.03.2014", "М", "7Б"));

        assertEquals(List.of(
                ImportIssue.of(4, "", "core.import.error.duplicateRow", "2"),
                ImportIssue.of(5, "", "core.import.error.pupilExists")), parsed.issues());
        assertEquals(List.of(2, 3), parsed.rows().stream().map(PupilRow::row).toList());
        assertMessages(parsed.issues());
    }

    @Test
    void headersAreRecognisedLooselyAndInEnglish() {
        ParsedRows<PupilRow> parsed = parse(List.of(" фамилия* ", "ИМЯ", "Дата  рождения:", "пол", "Класс",
                "Представитель (ФИО)", "Родство", "Электронная почта", "Legal representative 2", "Relation 2",
                "E-mail 2"), List.of("Иванов", "Иван", "01.09.2015", "м", "5А", "Иванова Мария", "мать",
                        "a@b.ru", "Иванов Пётр", "Father", "c@d.ru"));
        ParsedRows<PupilRow> english = parse(List.of("Surname", "First name", "Date of birth", "Gender", "Class",
                "Representative 1", "Relation 1", "Phone 1"), List.of("Ivanov", "Ivan", "2015-09-01", "male", "5A",
                        "Ivanova Maria", "mother", "+79211234567"));

        assertEquals(List.of(), parsed.issues());
        assertEquals(List.of(), parsed.notes());
        assertEquals(2, parsed.rows().get(0).representatives().size());
        assertEquals("father", parsed.rows().get(0).representatives().get(1).relation());
        assertEquals(List.of(), english.issues());
        assertEquals(new ClassDraft(5, "A", null), english.rows().get(0).klass());
        assertEquals("+79211234567", english.rows().get(0).representatives().get(0).phone());
    }

    @Test
    void aColumnGivenTwiceIsAFileIssue() {
        ParsedRows<PupilRow> parsed = parse(List.of("Фамилия", "Имя", "Дата рождения", "Пол", "Класс", "класс"),
                List.of("Иванов", "Иван", "01.09.2015", "М", "5А", "6Б"));

        assertEquals(List.of(ImportIssue.of(0, "класс", "core.import.error.duplicateColumn")), parsed.issues());
        assertEquals(List.of(), parsed.rows());
        assertMessages(parsed.issues());
    }

    @Test
    void rowIssuesOfTheTableAndBlankRowsAreHandled() {
        Table table = new Table(List.of("Фамилия", "Имя", "Дата рождения", "Пол", "Класс"),
                List.of(List.of("", "", "", "", ""), List.of("Иванов", "Иван", "01.09.2015", "М", "5А")),
                List.of(ImportIssue.of(3, "", "core.import.error.extraCells")));

        ParsedRows<PupilRow> parsed = pupils.parse(table);

        assertEquals(List.of(ImportIssue.of(3, "", "core.import.error.extraCells")), parsed.issues());
        assertEquals(1, parsed.rows().size());
        assertEquals(3, parsed.rows().get(0).row());
    }

    @Test
    void overlongTextIsRefused() {
        ParsedRows<PupilRow> parsed = parse(List.of("Фамилия", "Имя", "Дата рождения", "Пол", "Класс"),
                List.of("Иванов".repeat(40), "Иван", "01.09.2015", "М", "5А"));

        assertEquals(List.of(ImportIssue.of(2, "Фамилия", "core.import.error.tooLong", "200")), parsed.issues());
    }

    @SafeVarargs
    private ParsedRows<PupilRow> parse(List<String> header, List<String>... rows) {
        return pupils.parse(new Table(header, List.of(rows)));
    }
}
