package org.opora.bench.district.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class WordListsTest {

    @Test
    void surnamesPairSoThatAMotherGetsTheFeminineForm() {
        WordLists words = WordLists.load();
        assertEquals(words.list("male.surnames").size(), words.list("female.surnames").size());
        assertFalse(words.list("letters").isEmpty());
    }

    @Test
    void theSearchKeyIsTheCoresNormalisedName() {
        assertEquals("\u0424\u0415\u0414\u041e\u0420\u041e\u0412 \u041f\u0401".replace('\u0401', '\u0415'),
                DistrictGenerator.searchKey(" \u0444\u0451\u0434\u043e\u0440\u043e\u0432   \u043f\u0451 "));
    }
}
