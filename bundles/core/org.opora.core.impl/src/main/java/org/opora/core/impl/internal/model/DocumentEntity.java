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

    public void direction(String code) {
        this.direction = code == null || code.isEmpty() ? null : code;
    }

    /** The document as a piece of the service's work, dated the day it was registered. */
    public Activity toActivity(String kind, ZoneId zone) {
        return new Activity(LocalDate.ofInstant(addedAt, zone), direction, kind, title, "", author == null ? "" : author.name().full(), "documents");
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
                contentType, size, addedAt, addedBy, direction == null ? "" : direction, getVersion());
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

    public String getTitle() {
        return title;
    }
}
