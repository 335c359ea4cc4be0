package org.opora.platform.admin.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opora.platform.admin.internal.config.ConfigurationFile.Kind;
import org.opora.platform.admin.internal.config.ConfigurationFile.Section;

class ConfigurationFileTest {

    @Test
    void aWrittenFileReadsBackTheSame() {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("bodies", List.of("consilium = ППк", "mediation = Служба медиации | Mediation service"));
        lists.put("odd", List.of(" leading and trailing ", "two\nlines", "back\\slash", ""));
        Map<String, List<String>> role = new LinkedHashMap<>();
        role.put("title", List.of("Директор"));
        role.put("permission", List.of("programmes.approve", "core.pupil.read-all"));
        ConfigurationFile file = new ConfigurationFile(List.of(new Section(Kind.SETTINGS, "org.opora.core.lists",
                lists), new Section(Kind.ROLE, "director", role)));

        String text = file.write(List.of("heading"), s -> s.name().equals("director") ? "Директор" : null);
        ConfigurationFile.Read read = ConfigurationFile.read(text);

        assertTrue(read.valid(), read.problems().toString());
        assertEquals(lists, read.file().section(Kind.SETTINGS, "org.opora.core.lists").orElseThrow().values());
        assertEquals(role, read.file().section(Kind.ROLE, "director").orElseThrow().values());
        assertTrue(text.contains("# Директор\n[role director]"), text);
    }

    @Test
    void aFileWithoutTheFormatLineIsNotAConfiguration() {
        ConfigurationFile.Read read = ConfigurationFile.read("minMonths = 3\n");
        assertFalse(read.valid());
        assertEquals("admin.config.file.format", read.problems().get(0).key());
        assertEquals(1, read.problems().get(0).line());

        ConfigurationFile.Read empty = ConfigurationFile.read("# only a comment\n\n");
        assertEquals("admin.config.file.empty", empty.problems().get(0).key());
    }

    @Test
    void everyMalformedLineIsReportedWithItsNumber() {
        String text = String.join("\n",
                "\uFEFF# exported",                              // 1: a byte order mark is allowed
                "format = opora-school-configuration 1",          // 2
                "stray = before any section",                     // 3
                "[settings org.opora.core.rules]",                // 4
                "minPupilAge = 5",                                // 5
                "no equals sign here",                            // 6
                "bad key! = 1",                                   // 7
                "broken = a\\qb",                                 // 8
                "[rules org.opora.x]",                            // 9
                "[settings org.opora.core.rules]",                // 10
                "[role director]",                                // 11
                "title = Директор");                              // 12
        ConfigurationFile.Read read = ConfigurationFile.read(text);

        assertEquals(List.of(3, 6, 7, 8, 9, 10), read.problems().stream().map(ConfigurationFile.Malformed::line)
                .toList(), read.problems().toString());
        assertEquals(List.of("admin.config.file.outside", "admin.config.file.line", "admin.config.file.key",
                "admin.config.file.escape", "admin.config.file.section", "admin.config.file.twice"),
                read.problems().stream().map(ConfigurationFile.Malformed::key).toList());
    }

    @Test
    void escapesAreOnlyTheDocumentedOnes() {
        assertEquals("a\nb", ConfigurationFile.unescape("a\\nb").orElseThrow());
        assertEquals(" x ", ConfigurationFile.unescape("\\sx\\s").orElseThrow());
        assertTrue(ConfigurationFile.unescape("trailing\\").isEmpty());
        assertEquals("\\sx\\s", ConfigurationFile.escape(" x "));
        assertEquals("in side", ConfigurationFile.escape("in side"));
    }
}
