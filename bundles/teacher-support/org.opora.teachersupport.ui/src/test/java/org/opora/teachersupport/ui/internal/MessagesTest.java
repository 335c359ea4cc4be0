package org.opora.teachersupport.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.opora.teachersupport.api.conclusion.ProblemsRemoved;
import org.opora.teachersupport.api.conclusion.TeacherNeed;
import org.opora.teachersupport.api.conclusion.Verdict;
import org.opora.teachersupport.api.help.CompetitionLevel;
import org.opora.teachersupport.api.help.EvidenceStage;
import org.opora.teachersupport.api.record.SupportStatus;
import org.opora.teachersupport.api.route.CheckpointState;
import org.opora.teachersupport.api.route.RouteFocus;
import org.opora.teachersupport.api.route.RoutePlace;
import org.opora.teachersupport.ui.internal.common.SupportTexts;

/**
 * The texts of the views: every key the code names (and every label of a value of the module) is in the Russian and
 * the English file, both files hold the same keys, all of them the bundle's own ({@code teachersupport.ui.}), no key
 * is left unused, English MessageFormat texts hold no straight apostrophe, and the code holds no Russian text.
 */
class MessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(teachersupport\\.ui\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final List<String> TABS = List.of("problems", "diagnosis", "route", "help", "evidence",
            "conclusion");
    private static final Map<String, Enum<?>[]> VALUES = Map.of(SupportTexts.STATUS, SupportStatus.values(),
            SupportTexts.FOCUS, RouteFocus.values(), SupportTexts.PLACE, RoutePlace.values(),
            SupportTexts.CHECKPOINT, CheckpointState.values(), SupportTexts.STAGE, EvidenceStage.values(),
            SupportTexts.LEVEL, CompetitionLevel.values(), SupportTexts.VERDICT, Verdict.values(),
            SupportTexts.REMOVED, ProblemsRemoved.values(), SupportTexts.NEED, TeacherNeed.values());

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
        assertTrue(ru.stringPropertyNames().stream().allMatch(k -> k.startsWith("teachersupport.ui.")),
                "a key of this bundle starts with teachersupport.ui.");
        Set<String> used = new TreeSet<>();
        for (Path f : sources()) {
            Matcher m = KEY.matcher(Files.readString(f));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        TABS.forEach(t -> used.add("teachersupport.ui.record.tab." + t));
        VALUES.forEach((kind, values) -> Stream.of(values)
                .forEach(v -> used.add("teachersupport.ui." + kind + "." + v.name())));
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(ru.stringPropertyNames());
        assertEquals(Set.of(), missing);
        Set<String> unused = new TreeSet<>(ru.stringPropertyNames());
        unused.removeAll(used);
        assertEquals(Set.of(), unused);
        en.stringPropertyNames().forEach(k -> assertFalse(en.getProperty(k).contains("'"), k + " holds '"));
    }

    @Test
    void theCodeHoldsNoRussianText() throws IOException {
        for (Path f : sources()) {
            assertTrue(!CYRILLIC.matcher(Files.readString(f)).find(), f + " holds Cyrillic text");
        }
    }
}
