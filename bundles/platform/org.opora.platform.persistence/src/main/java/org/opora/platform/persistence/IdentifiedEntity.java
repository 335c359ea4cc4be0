package org.opora.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The id column every generated record of a module has: {@code ID}, given by the database when the record is first
 * written. A module's entity extends it (or {@link VersionedEntity} when the record is changed after it was
 * written) and lists it in its {@code persistence.xml}.
 */
@MappedSuperclass
@ConsumerType
public abstract class IdentifiedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    /** The id, or {@code null} before the record is first written. */
    public Long getId() {
        return id;
    }
}
