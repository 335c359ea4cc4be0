package org.opora.programmes.impl.internal.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.opora.core.support.testing.MessagesTranslator;

/** Both message files name the same keys of the forms. */
class MessagesTest {

    @Test
    void russianAndEnglishHaveTheSameKeys() {
        MessagesTranslator messages = new MessagesTranslator();
        assertEquals(keys(messages.russian()), keys(messages.english()));
    }

    private static Set<String> keys(Properties messages) {
        Set<String> keys = new TreeSet<>();
        messages.stringPropertyNames().stream().filter(k -> k.startsWith("programmes.print.")).forEach(keys::add);
        return keys;
    }
}
