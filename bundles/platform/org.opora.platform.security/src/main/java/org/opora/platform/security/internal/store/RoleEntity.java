package org.opora.platform.security.internal.store;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A role and the permissions it grants. */
@Entity
@Table(name = "ROLES")
@NamedQuery(name = "Role.all", query = "select r from RoleEntity r order by r.name")
public class RoleEntity {

    @Id
    @Column(name = "NAME", length = 64)
    private String name;

    @Column(name = "TITLE", nullable = false)
    private String title;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ROLE_PERMISSIONS", joinColumns = @JoinColumn(name = "ROLE_NAME"))
    @Column(name = "PERMISSION")
    private Set<String> permissions = new HashSet<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected RoleEntity() {
        // for JPA
    }

    public RoleEntity(String name, String title) {
        this.name = name;
        this.title = title;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Set<String> getPermissions() {
        return permissions;
    }
}
