package org.opora.core.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.activity.Activity;
import org.opora.core.api.document.DocumentRecord;
import org.opora.platform.persistence.InstantConverter;
import org.opora.platform.persistence.VersionedEntity;

/** A document of the register; its file lives in {@link DocumentFileEntity} so that lists never load it. */
@Entity
@Table(name = "DOCUMENT_REGISTER")
public class DocumentEntity extends VersionedEntity {

    @Column(name = "DOC_TYPE", nullable = false)
    private String type;
    @Column(name = "TITLE", nullable = false)
    private String title;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "AUTHOR_ID")
    private StaffEntity author;
    @Column(name = "ACADEMIC_YEAR", nullable = false)
    private int year;
    @Column(name = "APPROVED_BY", nullable = false)
    private String approvedBy = "";
    @Column(name = "APPROVED_ON")
    private LocalDate approvedOn;
    @Column(name = "FILE_NAME", nullable = false)
    private String fileName;
    @Column(name = "CONTENT_TYPE", nullable = false)
    private String contentType;
    @Column(name = "FILE_SIZE", nullable = false)
    private long size;
    @Convert(converter = InstantConverter.class)
    @Column(name = "ADDED_AT", nullable = false, updatable = false)
    private Instant addedAt;
    @Column(name = "ADDED_BY", nullable = false, updatable = false)
    private String addedBy;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PUPIL_ID")
    private PupilEntity pupil;
    @Column(name = "ARCHIVED_ON")
    private LocalDate archivedOn;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "DESTRUCTION_ACT_ID")
    private DestructionActEntity destroyedBy;
    /** The direction of work (000 §3), a code of the core's list. */
    @Column(name = "DIRECTION")
    private String direction;

    protected DocumentEntity() {
    }

    public DocumentEntity(Instant addedAt, String addedBy) {
        this.addedAt = addedAt;
        this.addedBy = addedBy;
    }

    public void describe(String type, String title, StaffEntity author, AcademicYear year) {
        this.type = type;
        this.title = title;
        this.author = author;
        this.year = year.startYear();
    }

    /** The pupil the document is about, or {@code null}. */
    public void about(PupilEntity pupil) {
        this.pupil = pupil;
    }

    /** Into the archive on the day, or back into use with {@code null}. */
    public void archive(LocalDate on) {
        this.archivedOn = on;
    }

    /** Marks the document destroyed by the act (its file is deleted by the caller). */
    public void destroy(DestructionActEntity act) {
        this.destroyedBy = act;
    }

    public void direction(String code) {
        this.direction = code == null || code.isEmpty() ? null : code;
    }

    /** The document as a piece of the service's work, dated the day it was registered. */
    public Activity toActivity(String kind, ZoneId zone) {
        return new Activity(LocalDate.ofInstant(addedAt, zone), direction, kind, title, "",
                author == null ? "" : author.name().full(), "documents");
    }

    public void file(String fileName, String contentType, long size) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
    }

    public void approve(String by, LocalDate on) {
        this.approvedBy = by;
        this.approvedOn = on;
    }

    public DocumentRecord toRecord() {
        return new DocumentRecord(getId(), type, title, author == null ? null : author.getId(),
                author == null ? "" : author.name().full(), new AcademicYear(year), approvedBy, approvedOn, fileName,
                contentType, size, addedAt, addedBy, direction == null ? "" : direction, getVersion(),
                pupil == null ? null : pupil.getId(), pupil == null ? "" : pupil.name().full(), archivedOn,
                destroyedBy == null ? null : destroyedBy.toRecord());
    }

    public boolean isApproved() {
        return approvedOn != null;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    /** The login of the author's account, or {@code null}. */
    public String authorLogin() {
        return author == null ? null : author.getUsername();
    }

    public boolean isDestroyed() {
        return destroyedBy != null;
    }

    public LocalDate getArchivedOn() {
        return archivedOn;
    }

    public String getType() {
        return type;
    }

    public AcademicYear getYear() {
        return new AcademicYear(year);
    }

    public String getTitle() {
        return title;
    }
}
