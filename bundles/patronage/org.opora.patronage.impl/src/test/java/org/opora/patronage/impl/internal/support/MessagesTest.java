package org.opora.patronage.impl.internal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.opora.core.support.testing.MessagesTranslator;

/** Every message key the sources name is in Russian and English, and both files hold the same keys. */
class MessagesTest {

    private static final Pattern KEY = Pattern.compile(
            "\"(patronage\\.(?:error|rule|duty|perm|print)\\.[a-zA-Z.-]*[a-zA-Z])\"");

    private final MessagesTranslator messages = new MessagesTranslator();

    @Test
    void everyKeyTheSourcesNameIsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        used.add("patronage.error.staffUnknown");
        used.add("patronage.error.pupilUnknown");
        used.add("patronage.error.pupilArchived");
        assertTrue(used.size() >= 25, used.toString());
        for (String key : used) {
            assertTrue(messages.knows(key), key);
        }
    }

    @Test
    void russianAndEnglishHoldTheSameKeys() {
        assertEquals(messages.russian().stringPropertyNames(), messages.english().stringPropertyNames());
    }
}
