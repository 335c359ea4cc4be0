package org.opora.core.impl.internal.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.opora.core.api.ValidationException;
import org.opora.core.api.document.Attachment;

/**
 * The check of an uploaded file (the document register's, and every module's through the {@code AttachmentCheck}
 * service): not empty, within the size limit, of an allowed type (by extension, both from configuration), and with
 * content that really is of that type. The content type stored is derived from the extension, never taken from the
 * browser. A configured extension this class cannot verify is not accepted.
 */
public final class FileCheck {

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("rtf", "application/rtf"),
            Map.entry("txt", "text/plain"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"));

    private final long maxBytes;
    private final Set<String> allowed;

    /** The extensions whose content this check can verify: the only ones a setting may allow. */
    public static Set<String> verifiable() {
        return CONTENT_TYPES.keySet();
    }

    public FileCheck(long maxBytes, Set<String> allowedExtensions) {
        this.maxBytes = maxBytes;
        this.allowed = allowedExtensions.stream().filter(CONTENT_TYPES::containsKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The extensions accepted: those configured that this check can verify. */
    public Set<String> extensions() {
        return allowed;
    }

    /** The checked attachment with a clean file name and the content type of its extension. */
    public Attachment check(Attachment file) {
        if (file == null) {
            throw new ValidationException("file", "core.error.file.required");
        }
        if (file.content().length == 0) {
            throw new ValidationException("file", "core.error.file.empty", cleanName(file.fileName()));
        }
        byte[] content = file.content();
        if (content.length > maxBytes) {
            throw new ValidationException("file", "core.error.file.tooLarge", maxBytes / (1024 * 1024));
        }
        String name = cleanName(file.fileName());
        String ext = extension(name);
        String type = CONTENT_TYPES.get(ext);
        if (!allowed.contains(ext)) {
            throw new ValidationException("file", "core.error.file.type",
                    String.join(", ", allowed.stream().sorted().toList()));
        }
        if (!contentMatches(ext, content)) {
            throw new ValidationException("file", "core.error.file.content", ext);
        }
        return new Attachment(name, type, content);
    }

    /** The last path segment, without control characters, at most 255 characters. */
    static String cleanName(String fileName) {
        String n = fileName == null ? "" : fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (n.isEmpty() || n.startsWith(".")) {
            throw new ValidationException("file", "core.error.file.name");
        }
        return n.length() > 255 ? n.substring(n.length() - 255) : n;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static boolean contentMatches(String ext, byte[] c) {
        return switch (ext) {
            case "pdf" -> startsWith(c, 0x25, 0x50, 0x44, 0x46);
            case "docx", "xlsx", "odt", "ods" -> startsWith(c, 0x50, 0x4B, 0x03, 0x04);
            case "doc", "xls" -> startsWith(c, 0xD0, 0xCF, 0x11, 0xE0);
            case "rtf" -> startsWith(c, 0x7B, 0x5C, 0x72, 0x74, 0x66);
            case "jpg", "jpeg" -> startsWith(c, 0xFF, 0xD8, 0xFF);
            case "png" -> startsWith(c, 0x89, 0x50, 0x4E, 0x47);
            case "txt" -> isText(c);
            default -> false;
        };
    }

    private static boolean startsWith(byte[] c, int... magic) {
        if (c.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((c[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text: no NUL bytes (UTF-8 and single-byte encodings such as Windows-1251 alike). */
    private static boolean isText(byte[] c) {
        for (byte b : c) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }
}
