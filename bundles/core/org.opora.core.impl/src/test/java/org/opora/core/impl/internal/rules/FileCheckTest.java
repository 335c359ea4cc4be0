package org.opora.core.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;
import org.opora.core.api.document.Attachment;

class FileCheckTest {

    private static final byte[] PDF = "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII);
    /** The start of a Windows program: "MZ". */
    private static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };

    private final FileCheck check = new FileCheck(1024, Set.of("pdf", "txt", "docx"));

    private ValidationException refusal(String name, byte[] content) {
        return assertThrows(ValidationException.class,
                () -> check.check(new Attachment(name, "application/octet-stream", content)));
    }

    private static byte[] pdfOf(int size) {
        byte[] b = Arrays.copyOf(PDF, size);
        Arrays.fill(b, PDF.length, size, (byte) ' ');
        return b;
    }

    @Test
    void theContentTypeComesFromTheExtensionNotTheBrowser() {
        Attachment a = check.check(new Attachment("C:\\Users\\Plan.PDF", "text/html", PDF));
        assertEquals("Plan.PDF", a.fileName());
        assertEquals("application/pdf", a.contentType());
        assertEquals("text/plain", check.check(new Attachment("график.txt", "",
                "График работы".getBytes(StandardCharsets.UTF_8))).contentType());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                check.check(new Attachment("/tmp/x/report.docx", "", new byte[] { 0x50, 0x4B, 3, 4, 0 }))
                        .contentType());
    }

    @Test
    void theSizeLimitIsInclusive() {
        assertEquals(1024, check.check(new Attachment("a.pdf", "", pdfOf(1024))).content().length);
        ValidationException big = refusal("a.pdf", pdfOf(1025));
        assertEquals("core.error.file.tooLarge", big.messageKey());
        assertEquals("file", big.field());
        assertEquals(1024, check.maxBytes());
    }

    @Test
    void emptyForeignAndDisguisedFilesAreRefused() {
        assertEquals("core.error.file.empty", refusal("a.pdf", new byte[0]).messageKey());
        assertEquals("core.error.file.required", assertThrows(ValidationException.class, () -> check.check(null))
                .messageKey());
        ValidationException exe = refusal("run.exe", EXE);
        assertEquals("core.error.file.type", exe.messageKey());
        assertEquals("docx, pdf, txt", exe.params()[0], "the allowed types are named, sorted");
        assertEquals("core.error.file.type", refusal("photo.png", new byte[] { (byte) 0x89, 'P', 'N', 'G' })
                .messageKey());
        assertEquals("core.error.file.type", refusal("README", "text".getBytes()).messageKey());
        assertEquals("core.error.file.content", refusal("plan.pdf", "<html>".getBytes()).messageKey());
        ValidationException disguised = refusal("invoice.pdf", EXE);
        assertEquals("core.error.file.content", disguised.messageKey(), "a program renamed .pdf");
        assertEquals("pdf", disguised.params()[0]);
        assertEquals("core.error.file.content", refusal("plan.docx", PDF).messageKey());
        assertEquals("core.error.file.content", refusal("notes.txt", new byte[] { 'a', 0, 'b' }).messageKey());
        assertEquals("core.error.file.content", refusal("plan.pdf", new byte[] { '%', 'P' }).messageKey(),
                "shorter than the signature");
        assertEquals("core.error.file.name", refusal("../", "x".getBytes()).messageKey());
        assertEquals("core.error.file.name", refusal(".htaccess", "x".getBytes()).messageKey());
    }

    @Test
    void aConfiguredTypeTheCheckCannotVerifyIsNotAccepted() {
        FileCheck withZip = new FileCheck(1024, Set.of("pdf", "zip", "exe"));
        assertEquals(Set.of("pdf"), withZip.extensions());
        ValidationException zip = assertThrows(ValidationException.class,
                () -> withZip.check(new Attachment("a.zip", "", new byte[] { 0x50, 0x4B, 3, 4 })));
        assertEquals("core.error.file.type", zip.messageKey());
        assertEquals("pdf", zip.params()[0]);
    }

    @Test
    void namesLoseTheirPathAndControlCharacters() {
        assertEquals("a_b.txt", check.check(new Attachment("dir/a\u0007b.txt", "", "x".getBytes())).fileName());
        String longName = "x".repeat(300) + ".txt";
        assertEquals(255, check.check(new Attachment(longName, "", "x".getBytes())).fileName().length());
    }
}
