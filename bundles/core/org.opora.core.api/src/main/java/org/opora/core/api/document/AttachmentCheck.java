package org.opora.core.api.document;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The check every uploaded file goes through before a module stores it, with the limits the school configured for
 * the document register (the core's rules: the largest file and the allowed types). The core's own register checks
 * its files with this service; a module calls it in its service, before anything is written, and may offer the
 * limits to its upload (the UI kit's {@code Uploads.checked} does). No permission is needed: nothing is read or
 * stored.
 *
 * <pre>{@code
 * Attachment checked = files.check(upload);   // ValidationException on the field "file" when refused
 * store(checked.fileName(), checked.contentType(), checked.content());
 * }</pre>
 *
 * @since 1.1
 */
@ProviderType
public interface AttachmentCheck {

    /**
     * Checks a file: not empty, not larger than {@link #maxBytes()}, of an allowed type by its extension, and with
     * content that really is of that type (an {@code .exe} renamed {@code .pdf} is refused).
     *
     * @return the attachment to store: the file name without any path or control characters, and the content type
     *         of its extension (never the one the browser sent)
     * @throws org.opora.core.api.ValidationException on the field {@code file} with the core's message
     *         {@code core.error.file.required} (no file), {@code .empty} (the file name), {@code .tooLarge} (the limit in MB), {@code .type} (the allowed
     *         extensions), {@code .content} (the extension) or {@code .name}
     */
    Attachment check(Attachment file);

    /** The largest file accepted now, in bytes. */
    long maxBytes();

    /** The extensions accepted now, lower case and without the dot, e.g. {@code pdf}, {@code docx}. */
    Set<String> extensions();
}
