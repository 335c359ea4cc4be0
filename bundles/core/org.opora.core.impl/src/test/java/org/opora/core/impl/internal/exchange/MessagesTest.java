package org.opora.core.impl.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The message bundles: both languages complete, every text a valid {@link MessageFormat} pattern. */
class MessagesTest {

    private final Properties russian = ExchangeTestSupport.messages("");
    private final Properties english = ExchangeTestSupport.messages("_en");

    @Test
    void bothLanguagesHaveTheSameMessages() {
        TreeSet<String> russianKeys = messageKeys(russian);
        TreeSet<String> englishKeys = messageKeys(english);

        assertEquals(russianKeys, englishKeys);
        assertTrue(russianKeys.size() > 30, "messages found: " + russianKeys.size());
    }

    @Test
    void messagesFormatWithoutLeftoverQuotesOrBraces() {
        for (Properties language : new Properties[] {russian, english}) {
            for (String key : messageKeys(language)) {
                String text = new MessageFormat(language.getProperty(key), Locale.ROOT)
                        .format(new Object[] {"P0", "P1", "P2", "P3"});
                assertFalse(text.contains("{") || text.contains("}"), key + ": " + text);
                assertFalse(text.contains("''"), key + ": " + text);
            }
        }
        assertTrue(MessageFormat.format(english.getProperty("core.import.error.fullName"), "x").contains("'s"));
    }

    @Test
    void russianTextsAreRussian() {
        assertTrue(russian.getProperty("core.import.error.date").contains("ДД.ММ.ГГГГ"));
        assertEquals("Фамилия", russian.getProperty("core.import.column.surname"));
    }

    /** The texts shown to users; the column names and value words are vocabulary, not patterns. */
    private static TreeSet<String> messageKeys(Properties language) {
        TreeSet<String> keys = new TreeSet<>();
        for (String key : language.stringPropertyNames()) {
            if (!key.startsWith("core.import.column.") && !key.startsWith("core.import.value.")) {
                keys.add(key);
            }
        }
        return keys;
    }
}
