package org.opora.core.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.opora.core.impl.internal.config.CoreLists;
import org.opora.core.impl.internal.config.CoreRules;
import org.opora.core.impl.internal.config.CoreSettingsCheck;
import org.opora.core.impl.internal.config.ListsConfig;
import org.opora.core.impl.internal.config.RulesConfig;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.testing.TypedConfig;

/** «Допустимые типы файлов»: each line a plain extension whose content can be verified, nothing executable. */
class FileTypesSettingTest {

    private static CoreSettingsCheck check() {
        return new CoreSettingsCheck(new CoreLists(TypedConfig.defaults(ListsConfig.class)),
                new CoreRules(TypedConfig.defaults(RulesConfig.class)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "*                | core.settings.fileTypes.plain",
        "../etc           | core.settings.fileTypes.plain",
        "html; js         | core.settings.fileTypes.plain",
        "<script>         | core.settings.fileTypes.plain",
        ".docx            | core.settings.fileTypes.plain",
        "pdf,docx         | core.settings.fileTypes.plain",
        "averyverylongext | core.settings.fileTypes.plain",
        "exe              | core.settings.fileTypes.executable",
        "HTML             | core.settings.fileTypes.executable",
        "js               | core.settings.fileTypes.executable",
        "svg              | core.settings.fileTypes.executable",
        "bmp              | core.settings.fileTypes.unknown",
        "docx             | core.settings.repeated"})
    void aBadLineIsRefusedWithTheLineAndTheReason(String line, String key) {
        Optional<SettingProblem> problem = check().check("fileTypes", List.of("pdf", "docx", line));
        assertEquals(line, problem.orElseThrow().value());
        assertEquals(key, problem.get().reasonKey());
    }

    @Test
    void theDefaultsAndOtherAttributesPass() {
        String[] defaults = TypedConfig.defaults(RulesConfig.class).fileTypes();
        assertTrue(FileTypesSetting.check(Arrays.asList(defaults)).isEmpty());
        assertTrue(check().check("graduateReason", List.of("*")).isEmpty());
        assertEquals(List.of("doc, docx, jpeg, jpg, ods, odt, pdf, png, rtf, txt, xls, xlsx"),
                FileTypesSetting.check(List.of("bmp")).orElseThrow().params());
    }
}
