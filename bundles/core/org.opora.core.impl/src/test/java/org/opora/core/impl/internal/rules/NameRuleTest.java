package org.opora.core.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names in letters of one alphabet per word, with hyphens, apostrophes and spaces. */
class NameRuleTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Иванов", "Семёнова", "Петрова-Водкина", "Д’Артаньян", "O'Connor", "Müller",
        "José María", "Ким Чен Ир", "Smith-Иванова", "  Ли  "})
    void aNameOfOneAlphabetPerWordIsFine(String name) {
        assertTrue(NameRule.problem(name).isEmpty());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "Ивaнoв           | core.error.name.mixed   | Ивaнoв",
        "Пeтрова-Водкина  | core.error.name.mixed   | Пeтрова",
        "Иванов😀         | core.error.name.letters | Иванов😀",
        "Иванов2          | core.error.name.letters | Иванов2",
        "<b>Иванов</b>    | core.error.name.letters | <b>Иванов</b>",
        "Иванов.          | core.error.name.letters | Иванов.",
        "Ἀλέξανδρος       | core.error.name.letters | Ἀλέξανδρος",
        "-Иван            | core.error.name.letters | -Иван"})
    void aMixedOrNonLetterWordIsRefusedNamingIt(String name, String key, String word) {
        NameRule.Problem p = NameRule.problem(name).orElseThrow();
        assertEquals(key, p.messageKey());
        assertEquals(word, p.word());
    }
}
