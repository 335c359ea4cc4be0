package org.opora.core.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;
import org.opora.core.api.document.Attachment;

class FileCheckTest {

    private final FileCheck check = new FileCheck(1024, Set.of("pdf", "txt", "docx"));

    private String refusal(String name, byte[] content) {
        return assertThrows(ValidationException.class,
                () -> check.check(new Attachment(name, "application/octet-stream", content))).messageKey();
    }

    @Test
    void theContentTypeComesFromTheExtensionNotTheBrowser() {
        Attachment a = check.check(new Attachment("C:\\Users\\Plan.PDF", "text/html", "%PDF-1.7 ...".getBytes()));
        assertEquals("Plan.PDF", a.fileName());
        assertEquals("application/pdf", a.contentType());
        assertEquals("text/plain", check.check(new Attachment("график.txt", "",
                "График работы".getBytes(StandardCharsets.UTF_8))).contentType());
    }

    @Test
    void emptyLargeForeignAndDisguisedFilesAreRefused() {
        assertEquals("core.error.file.empty", refusal("a.pdf", new byte[0]));
        assertEquals("core.error.file.tooLarge", refusal("a.pdf", new byte[1025]));
        assertEquals("core.error.file.type", refusal("run.exe", "MZ".getBytes()));
        assertEquals("core.error.file.type", refusal("photo.png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }));
        assertEquals("core.error.file.content", refusal("plan.pdf", "<html>".getBytes()));
        assertEquals("core.error.file.content", refusal("plan.docx", "%PDF".getBytes()));
        assertEquals("core.error.file.content", refusal("notes.txt", new byte[] { 'a', 0, 'b' }));
        assertEquals("core.error.file.name", refusal("../", "x".getBytes()));
    }
}
