package org.opora.platform.admin.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The shipped presets read, and each has its name and description in both languages. */
class PresetsTest {

    private static final Path DIR = Path.of("src/main/resources/presets");

    @Test
    void everyShippedPresetReadsAndIsNamed() throws IOException {
        Properties ru = messages("messages.properties");
        Properties en = messages("messages_en.properties");
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".opora")).sorted().toList();
        }
        assertEquals(3, files.size(), files.toString());
        for (Path f : files) {
            String id = f.getFileName().toString().replace(".opora", "");
            ConfigurationFile.Read read = ConfigurationFile.read(Files.readString(f, StandardCharsets.UTF_8));
            assertTrue(read.valid(), id + ": " + read.problems());
            assertFalse(read.file().sections().isEmpty(), id);
            for (Properties p : List.of(ru, en)) {
                assertTrue(p.containsKey("admin.config.preset." + id), id);
                assertTrue(p.containsKey("admin.config.preset." + id + ".description"), id);
            }
        }
    }

    private static Properties messages(String name) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/i18n", name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
