package org.opora.platform.security.internal.store;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.opora.platform.persistence.VersionedEntity;
import org.opora.platform.persistence.InstantConverter;

/** A user account. Private to the security bundle: the API speaks {@code UserAccount}. */
@Entity
@Table(name = "USERS")
@NamedQuery(name = "User.byName", query = "select u from UserEntity u where u.username = :name")
@NamedQuery(name = "User.all", query = "select u from UserEntity u order by u.displayName")
public class UserEntity extends VersionedEntity {

    @Column(name = "USERNAME", nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "DISPLAY_NAME", nullable = false)
    private String displayName;

    @Column(name = "EMAIL")
    private String email;

    @Column(name = "PASSWORD_HASH", nullable = false)
    private String passwordHash;

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled = true;

    @Column(name = "FAILED_ATTEMPTS", nullable = false)
    private int failedAttempts;

    @Column(name = "LOCKED_UNTIL")
    @Convert(converter = InstantConverter.class)
    private Instant lockedUntil;

    @Column(name = "LAST_LOGIN")
    @Convert(converter = InstantConverter.class)
    private Instant lastLogin;

    @Column(name = "LOCALE")
    private String locale;

    /** Set by an administrator: the owner must replace it at the next sign-in. */
    @Column(name = "PASSWORD_TEMPORARY", nullable = false)
    private boolean passwordTemporary;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "USER_ROLES", joinColumns = @JoinColumn(name = "USER_ID"))
    @Column(name = "ROLE_NAME")
    private Set<String> roles = new HashSet<>();

    protected UserEntity() {
        // for JPA
    }

    public UserEntity(String username, String displayName, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public void setFailedAttempts(int failedAttempts) {
        this.failedAttempts = failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public void setLockedUntil(Instant lockedUntil) {
        this.lockedUntil = lockedUntil;
    }

    public Instant getLastLogin() {
        return lastLogin;
    }

    public void setLastLogin(Instant lastLogin) {
        this.lastLogin = lastLogin;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public boolean isPasswordTemporary() {
        return passwordTemporary;
    }

    public void setPasswordTemporary(boolean passwordTemporary) {
        this.passwordTemporary = passwordTemporary;
    }
}
