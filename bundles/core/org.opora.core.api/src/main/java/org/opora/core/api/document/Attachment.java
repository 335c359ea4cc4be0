package org.opora.core.api.document;

/**
 * A file attached to a document.
 *
 * @param fileName    the file's name as uploaded
 * @param contentType its content type, checked against the file's content
 * @param content     the bytes
 */
public record Attachment(String fileName, String contentType, byte[] content) {

    public Attachment {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
