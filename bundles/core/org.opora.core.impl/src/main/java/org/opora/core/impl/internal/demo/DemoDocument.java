package org.opora.core.impl.internal.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.document.Attachment;

/**
 * A document of the register with its file.
 *
 * @param type        document type code
 * @param title       title
 * @param authorKey   the author's staff key, or {@code null}
 * @param year        the academic year it belongs to
 * @param approved    whether the approval is to be recorded
 * @param approvedOn  the day of approval, {@code null} when not approved
 * @param approvedBy  who approved it, e.g. the director's position and initials; empty when not approved
 * @param fileName    ASCII file name
 * @param contentType the file's content type
 * @param content     the file's bytes (UTF-8 text)
 */
public record DemoDocument(String type, String title, String authorKey, AcademicYear year, boolean approved,
        LocalDate approvedOn, String approvedBy, String fileName, String contentType, byte[] content) {

    public DemoDocument {
        approvedBy = approvedBy == null ? "" : approvedBy;
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The file to add to the register. */
    public Attachment attachment() {
        return new Attachment(fileName, contentType, content);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DemoDocument d && type.equals(d.type) && title.equals(d.title)
                && Objects.equals(authorKey, d.authorKey) && year.equals(d.year) && approved == d.approved
                && Objects.equals(approvedOn, d.approvedOn) && approvedBy.equals(d.approvedBy)
                && fileName.equals(d.fileName) && contentType.equals(d.contentType)
                && Arrays.equals(content, d.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, title, authorKey, year, approved, approvedOn, approvedBy, fileName, contentType,
                Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "DemoDocument[type=" + type + ", title=" + title + ", authorKey=" + authorKey + ", year=" + year
                + ", approved=" + approved + ", approvedOn=" + approvedOn + ", approvedBy=" + approvedBy
                + ", fileName=" + fileName + ", contentType=" + contentType + ", content="
                + new String(content, StandardCharsets.UTF_8) + "]";
    }
}
