package org.opora.platform.security.internal.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A permission whose default grants were applied once; an administrator's later changes are never overridden. */
@Entity
@Table(name = "KNOWN_PERMISSIONS")
public class KnownPermissionEntity {

    @Id
    @Column(name = "ID", length = 120)
    private String id;

    protected KnownPermissionEntity() {
        // for JPA
    }

    public KnownPermissionEntity(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }
}
