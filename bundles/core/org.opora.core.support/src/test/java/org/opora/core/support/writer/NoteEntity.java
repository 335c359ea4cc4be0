package org.opora.core.support.writer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.platform.persistence.VersionedEntity;

/** A record as a module writes it: its own columns on top of the id and the version of the mapped superclass. */
@Entity
@Table(name = "NOTE")
public class NoteEntity extends VersionedEntity {

    @Column(name = "TEXT", nullable = false)
    private String text;

    protected NoteEntity() {
    }

    public NoteEntity(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** What a service returns: the record, never the entity. */
    public Note toRecord() {
        return new Note(getId(), getText(), getVersion());
    }

    public record Note(long id, String text, long version) {
    }
}
