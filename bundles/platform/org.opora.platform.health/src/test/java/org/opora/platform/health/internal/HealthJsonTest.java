package org.opora.platform.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HealthJsonTest {

    @Test
    void quotesControlCharactersAndQuotes() {
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", HealthJson.quote("a\"b\\c\n\u0001"));
        assertEquals("\"\"", HealthJson.quote(null));
        assertEquals("\"Кириллица\"", HealthJson.quote("Кириллица"));
    }
}
