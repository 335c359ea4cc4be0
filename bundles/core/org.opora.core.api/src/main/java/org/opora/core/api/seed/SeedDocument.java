package org.opora.core.api.seed;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

import org.opora.core.api.AcademicYear;

/**
 * A document of the register with its file. Two seed documents are equal when their fields and file contents are.
 *
 * @param type        document type code
 * @param title       title
 * @param authorKey   the author's staff key, or {@code null}
 * @param year        the academic year it belongs to
 * @param approved    whether the approval is to be recorded
 * @param approvedOn  the day of approval, {@code null} when not approved
 * @param approvedBy  who approved it, e.g. the director's position and initials; empty when not approved
 * @param fileName    the file's name
 * @param contentType the file's content type
 * @param content     the file's bytes
 */
public record SeedDocument(String type, String title, String authorKey, AcademicYear year, boolean approved,
        LocalDate approvedOn, String approvedBy, String fileName, String contentType, byte[] content) {

    public SeedDocument {
        approvedBy = approvedBy == null ? "" : approvedBy;
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeedDocument d && type.equals(d.type) && title.equals(d.title)
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
        return "SeedDocument[type=" + type + ", title=" + title + ", authorKey=" + authorKey + ", year=" + year
                + ", approved=" + approved + ", approvedOn=" + approvedOn + ", approvedBy=" + approvedBy
                + ", fileName=" + fileName + ", contentType=" + contentType + ", content="
                + new String(content, StandardCharsets.UTF_8) + "]";
    }
}
