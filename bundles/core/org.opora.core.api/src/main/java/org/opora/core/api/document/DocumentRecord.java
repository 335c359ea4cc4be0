package org.opora.core.api.document;

import java.time.Instant;
import java.time.LocalDate;

import org.opora.core.api.AcademicYear;

/**
 * A document in the register.
 *
 * @param id          record id
 * @param type        document type code from the configured list (annual plan, schedule, report …)
 * @param title       title
 * @param authorId    the specialist who wrote it, or {@code null}
 * @param author      the author's name; empty when none
 * @param year        the academic year it belongs to
 * @param approvedBy  who approved it (e.g. the director), empty while not approved
 * @param approvedOn  the day it was approved, or {@code null}
 * @param fileName    the attached file's name
 * @param contentType the attached file's content type
 * @param size        the attached file's size in bytes
 * @param addedAt     when it was added
 * @param addedBy     who added it
 * @param direction   the direction of work (000 §3), a code of the core's list; empty when not known
 * @param version     optimistic-lock version
 * @param pupilId     the pupil it is about (since 1.2), or {@code null}
 * @param pupil       that pupil's name, empty when none
 * @param archivedOn  the day it went to the archive (since 1.2), or {@code null} while in use
 * @param destroyedBy the act of destruction that destroyed its file (since 1.2), or {@code null}
 */
public record DocumentRecord(long id, String type, String title, Long authorId, String author, AcademicYear year,
        String approvedBy, LocalDate approvedOn, String fileName, String contentType, long size, Instant addedAt,
        String addedBy, String direction, long version, Long pupilId, String pupil, LocalDate archivedOn,
        DestructionAct destroyedBy) {

    public DocumentRecord {
        direction = direction == null ? "" : direction;
        pupil = pupil == null ? "" : pupil;
    }

    /** A document about no pupil, in use, without the direction of work (the record of version 1.1). */
    public DocumentRecord(long id, String type, String title, Long authorId, String author, AcademicYear year,
            String approvedBy, LocalDate approvedOn, String fileName, String contentType, long size,
            Instant addedAt, String addedBy, long version) {
        this(id, type, title, authorId, author, year, approvedBy, approvedOn, fileName, contentType, size, addedAt,
                addedBy, "", version, null, "", null, null);
    }

    public boolean approved() {
        return approvedOn != null;
    }

    /** Whether it is in the archive (a destroyed document stays archived). */
    public boolean archived() {
        return archivedOn != null;
    }

    /** Whether its file was destroyed by an act. */
    public boolean destroyed() {
        return destroyedBy != null;
    }
}
