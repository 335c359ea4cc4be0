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
 * @param pupilIndex  the pupil the document is about, by index into the seed's pupils, or {@code null} (1.2)
 * @param archivedOn  the day it was moved to the archive, or {@code null} (1.2)
 */
public record SeedDocument(String type, String title, String authorKey, AcademicYear year, boolean approved,
        LocalDate approvedOn, String approvedBy, String fileName, String contentType, byte[] content,
        Integer pupilIndex, LocalDate archivedOn) {

    public SeedDocument {
        approvedBy = approvedBy == null ? "" : approvedBy;
        content = content.clone();
    }

    /** A document about no pupil, not archived. */
    public SeedDocument(String type, String title, String authorKey, AcademicYear year, boolean approved,
            LocalDate approvedOn, String approvedBy, String fileName, String contentType, byte[] content) {
        this(type, title, authorKey, year, approved, approvedOn, approvedBy, fileName, contentType, content, null,
                null);
    }

    /** The same document about the pupil of the seed's list and moved to the archive on the day (either may be null). */
    public SeedDocument about(Integer pupil, LocalDate archived) {
        return new SeedDocument(type, title, authorKey, year, approved, approvedOn, approvedBy, fileName, contentType,
                content, pupil, archived);
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
                && Arrays.equals(content, d.content) && Objects.equals(pupilIndex, d.pupilIndex)
                && Objects.equals(archivedOn, d.archivedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, title, authorKey, year, approved, approvedOn, approvedBy, fileName, contentType,
                Arrays.hashCode(content), pupilIndex, archivedOn);
    }

    @Override
    public String toString() {
        return "SeedDocument[type=" + type + ", title=" + title + ", authorKey=" + authorKey + ", year=" + year
                + ", approved=" + approved + ", approvedOn=" + approvedOn + ", approvedBy=" + approvedBy
                + ", fileName=" + fileName + ", contentType=" + contentType + ", content="
                + new String(content, StandardCharsets.UTF_8) + ", pupilIndex=" + pupilIndex + ", archivedOn="
                + archivedOn + "]";
    }
}
