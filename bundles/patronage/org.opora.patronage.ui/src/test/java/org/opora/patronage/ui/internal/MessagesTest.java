package org.opora.patronage.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The texts of the views: every key the code names is in the Russian and the English file, both files hold the same
 * keys, all of them the bundle's own ({@code patronage.ui.}), and the code itself holds no Russian text.
 */
class MessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(patronage\\.ui\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final List<String> TABS = List.of("curators", "team", "plan", "contacts", "legal", "reports", "related");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInBothLanguages() throws IOException {
        Properties ru = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertEquals(new TreeSet<>(ru.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        assertTrue(ru.stringPropertyNames().stream().allMatch(k -> k.startsWith("patronage.ui.")),
                "a key of this bundle starts with patronage.ui.");
        Set<String> used = new TreeSet<>();
        for (Path f : sources()) {
            Matcher m = KEY.matcher(Files.readString(f));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        TABS.forEach(t -> used.add("patronage.ui.case.tab." + t));
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(ru.stringPropertyNames());
        assertEquals(Set.of(), missing);
        Set<String> unused = new TreeSet<>(ru.stringPropertyNames());
        unused.removeAll(used);
        assertEquals(Set.of(), unused);
    }

    @Test
    void theCodeHoldsNoRussianText() throws IOException {
        for (Path f : sources()) {
            assertTrue(!CYRILLIC.matcher(Files.readString(f)).find(), f + " holds Cyrillic text");
        }
    }
}
