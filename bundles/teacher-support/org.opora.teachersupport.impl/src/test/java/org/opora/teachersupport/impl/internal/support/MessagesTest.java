package org.opora.teachersupport.impl.internal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.platform.testing.TypedConfig;
import org.opora.teachersupport.impl.internal.config.RulesConfig;
import org.opora.teachersupport.impl.internal.config.SupportList;

/** Every message key the sources name is in Russian and English, and both files hold the same keys. */
class MessagesTest {

    private static final Pattern KEY = Pattern.compile(
            "\"(teachersupport\\.(?:error|rule|duty|perm|print)\\.[a-zA-Z.-]*[a-zA-Z])\"");

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
        used.add("teachersupport.error.staffUnknown");
        assertTrue(used.size() >= 35, used.toString());
        for (String key : used) {
            assertTrue(messages.knows(key), key);
        }
    }

    @Test
    void russianAndEnglishHoldTheSameKeys() {
        assertEquals(messages.russian().stringPropertyNames(), messages.english().stringPropertyNames());
    }

    @Test
    void everyBuiltInCodeOfTheSettingsIsLabelledInBothLanguages() {
        RulesConfig defaults = TypedConfig.defaults(RulesConfig.class);
        Map<SupportList, String[]> lists = Map.of(SupportList.DIFFICULTY_TYPES, defaults.difficultyTypes(),
                SupportList.DIAGNOSIS_SOURCES, defaults.diagnosisSources(), SupportList.CHECKPOINT_KINDS,
                defaults.checkpointKinds(), SupportList.HELP_FORMS, defaults.helpForms(), SupportList.EVIDENCE_KINDS,
                defaults.evidenceKinds());
        int labelled = 0;
        for (Map.Entry<SupportList, String[]> list : lists.entrySet()) {
            for (String code : list.getValue()) {
                assertTrue(messages.knows(list.getKey().key(code)), list.getKey().key(code));
                labelled++;
            }
        }
        assertEquals(5 + 11 + 10 + 8 + 9, labelled);
    }
}
