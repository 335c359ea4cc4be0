package org.opora.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A record that is changed after it was written: the id and the {@code VERSION} column that detects a concurrent
 * change. A service refuses a change made from a stale copy before it writes anything (the caller's version is
 * compared with {@link #getVersion()}); a change that races past that check fails on commit.
 */
@MappedSuperclass
@ConsumerType
public abstract class VersionedEntity extends IdentifiedEntity {

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    public long getVersion() {
        return version;
    }
}
