package org.opora.core.impl.internal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;
import org.opora.core.api.document.Attachment;
import org.opora.core.impl.internal.config.CoreRules;
import org.opora.core.impl.internal.config.RulesConfig;
import org.opora.platform.testing.TypedConfig;

class ConfiguredAttachmentCheckTest {

    private static final long MB = 1024L * 1024L;

    private static Attachment pdf(int size) {
        byte[] content = new byte[size];
        content[0] = '%';
        content[1] = 'P';
        content[2] = 'D';
        content[3] = 'F';
        return new Attachment("plan.pdf", "application/octet-stream", content);
    }

    @Test
    void theDefaultsAreTheDocumentRegisters() {
        ConfiguredAttachmentCheck check = new ConfiguredAttachmentCheck(
                new CoreRules(TypedConfig.defaults(RulesConfig.class)));
        assertEquals(20 * MB, check.maxBytes());
        assertEquals(Set.of("pdf", "doc", "docx", "odt", "rtf", "txt", "xls", "xlsx", "ods", "jpg", "jpeg", "png"),
                check.extensions());
        assertEquals("application/pdf", check.check(pdf(100)).contentType());
    }

    @Test
    void theConfiguredLimitsApplyAndAChangeAppliesAtOnce() {
        RulesConfig[] config = { TypedConfig.of(RulesConfig.class,
                Map.of("maxFileMegabytes", 1, "fileTypes", new String[] { " PDF ", "zip", "" })) };
        CoreRules rules = new CoreRules(config[0]) {
            @Override
            public long maxFileBytes() {
                return config[0].maxFileMegabytes() * MB;
            }

            @Override
            public Set<String> fileTypes() {
                return new CoreRules(config[0]).fileTypes();
            }
        };
        ConfiguredAttachmentCheck check = new ConfiguredAttachmentCheck(rules);
        assertEquals(Set.of("pdf"), check.extensions(), "trimmed, lower case, only what the check can verify");
        assertEquals((int) MB, check.check(pdf((int) MB)).content().length);
        assertEquals("core.error.file.tooLarge",
                assertThrows(ValidationException.class, () -> check.check(pdf((int) MB + 1))).messageKey());

        config[0] = TypedConfig.of(RulesConfig.class, Map.of("maxFileMegabytes", 2, "fileTypes",
                new String[] { "txt" }));
        assertEquals(2 * MB, check.maxBytes());
        assertEquals(Set.of("txt"), check.extensions());
        assertEquals("core.error.file.type",
                assertThrows(ValidationException.class, () -> check.check(pdf(100))).messageKey());
    }
}
