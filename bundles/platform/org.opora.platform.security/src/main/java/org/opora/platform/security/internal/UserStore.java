package org.opora.platform.security.internal;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;

import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.AccountRefused;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.PermissionDefinition;
import org.opora.platform.api.security.PlatformPermissions;
import org.opora.platform.api.security.Role;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.api.security.SystemWork;
import org.opora.platform.api.security.UserAccount;
import org.opora.platform.api.security.UserAdministration;
import org.opora.platform.persistence.TransactionTemplate;
import org.opora.platform.security.internal.AuthResult.Status;
import org.opora.platform.security.internal.store.RoleEntity;
import org.opora.platform.security.internal.store.UserEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/** Users and roles in the platform database, and the password check behind the {@code opora} JAAS realm. */
@Component(service = {UserAdministration.class, Authenticator.class}, configurationPid = "org.opora.platform.security")
@Designate(ocd = SecurityConfig.class)
public class UserStore implements UserAdministration, Authenticator {

    private static final String RECORD_USER = "platform.user";
    private static final String RECORD_ROLE = "platform.role";
    private final TransactionTemplate tx;
    private final AuditService audit;
    private final PermissionCatalog catalog;
    private final PermissionChanges changes;
    private volatile PasswordHasher hasher;
    private volatile PasswordPolicy passwordPolicy;
    private volatile LockoutPolicy lockout;
    private volatile SignInThrottle throttle;
    /**
     * Password derivations running at once: one core fewer than the machine has (at least one), so that the pages
     * of the users already signed in keep a core; more wait their turn ({@link HashingTurns}).
     */
    final Semaphore checking = new Semaphore(HashingTurns.permitsFor(Runtime.getRuntime().availableProcessors()),
            true);
    /** How long a sign-in waits for a password derivation before it is answered {@link Status#BUSY}. */
    volatile Duration checkWait = Duration.ofSeconds(60);
    private final HashingTurns hashing = new HashingTurns(checking);
    private final Clock clock = Clock.systemUTC();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SecurityContext securityContext;

    @Activate
    public UserStore(@Reference(target = "(osgi.unit.name=opora-security)") EntityManagerFactory emf,
            @Reference AuditService audit, @Reference PermissionCatalog catalog, @Reference PermissionChanges changes,
            SecurityConfig config) {
        this.changes = changes;
        this.tx = new TransactionTemplate(emf);
        this.audit = audit;
        this.catalog = catalog;
        configure(config);
    }

    /** New password and lockout rules apply at once, without restarting sign-in or the UI. */
    @Modified
    void configure(SecurityConfig config) {
        this.hasher = new PasswordHasher(config.pbkdf2Iterations());
        this.passwordPolicy = new PasswordPolicy(config.minPasswordLength());
        Duration window = Duration.ofMinutes(config.lockoutMinutes());
        this.lockout = new LockoutPolicy(config.accountLockAttempts(), window);
        this.throttle = new SignInThrottle(config.maxFailedAttempts(), config.maxFailedAttemptsPerAddress(), window);
    }

    /**
     * Changes made from the UI need the administrators' permission, and a web request without a signed-in user is
     * refused; the shell and the platform itself (no user request on this thread) are trusted.
     */
    private void requireAdministrator() {
        SecurityContext ctx = securityContext;
        if (ctx != null && ctx.currentUser().isPresent()) {
            ctx.requirePermission(PlatformPermissions.USERS);
        } else if (!(ctx == null ? SystemWork.system() : ctx.system())) {
            // neither a user nor the system's explicit work (the console's commands): refused
            throw new AccessDeniedException(PlatformPermissions.USERS);
        }
    }

    @Override
    public AuthResult authenticate(String username, char[] password, String address) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        String from = address == null || address.isBlank() ? "unknown" : address;
        SignInThrottle limits = throttle;
        AuthResult result;
        if (!limits.allowed(from, name, clock.instant())) {
            result = new AuthResult(Status.THROTTLED, name, null); // refused before any password check
        } else {
            result = checkInTurn(name, password);
            if (result.ok()) {
                limits.succeeded(from, name);
            } else if (result.status() != Status.BUSY) {
                // a sign-in that found every check busy proved nothing: a burst of staff behind one school address
                // must not close that address for everyone
                limits.failed(from, name, clock.instant());
            }
        }
        if (result.ok()) {
            audit.record(name, new AuditEvent(AuditAction.LOGIN, RECORD_USER, name, "from " + from));
        } else {
            audit.record(name, new AuditEvent(AuditAction.LOGIN_FAILED, RECORD_USER, name,
                    result.status().name() + " from " + from));
        }
        return result;
    }

    /**
     * The password is derived outside any transaction, in its turn ({@link HashingTurns}): a sign-in waiting for a
     * turn or deriving holds no database connection and no row lock, so the pages of users already signed in and
     * the other sign-ins are not queued behind it. The account is read first (an account locked or unknown costs
     * no turn beyond the unknown name's equal-time derivation), then its row is locked only for the short update of
     * the failure count and the last sign-in: sign-ins of one account still count exactly. If the password hash
     * changed between the read and the lock (a password set at that moment), the check is made again against the
     * new one.
     */
    private AuthResult checkInTurn(String name, char[] password) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<StoredPassword> stored = tx.read(em -> find(em, name)
                    .map(u -> new StoredPassword(u.getPasswordHash(), u.getLockedUntil())));
            PasswordHasher h = hasher;
            if (stored.isEmpty()) {
                return hashing.inTurn(checkWait, () -> {
                    h.burn(password);
                    return new AuthResult(Status.BAD_CREDENTIALS, null, null);
                }).orElseGet(() -> new AuthResult(Status.BUSY, name, null));
            }
            if (lockout.isLocked(stored.get().lockedUntil(), clock.instant())) {
                return new AuthResult(Status.LOCKED, name, stored.get().lockedUntil());
            }
            String hash = stored.get().hash();
            Optional<Boolean> matches = hashing.inTurn(checkWait, () -> h.matches(password, hash));
            if (matches.isEmpty()) {
                return new AuthResult(Status.BUSY, name, null);
            }
            String rehashed = matches.get() && h.needsRehash(hash)
                    ? hashing.inTurn(checkWait, () -> h.hash(password)).orElse(null) : null;
            Optional<AuthResult> settled = tx.inTransaction(em -> settle(em, name, hash, matches.get(), rehashed));
            if (settled.isPresent()) {
                return settled.get();
            }
        }
        return new AuthResult(Status.BAD_CREDENTIALS, name, null);
    }

    /**
     * Derives the hash of a password being set (an account created, a password set by an administrator or changed
     * by its owner) in its turn, like a sign-in's check: at the first lesson, people replacing their temporary
     * passwords take turns with the sign-ins instead of taking every core. Refused with
     * {@code security.error.derivationsBusy} if no turn came within the sign-in's wait; nothing is stored then.
     */
    private String derive(PasswordHasher h, char[] password) {
        return hashing.inTurn(checkWait, () -> h.hash(password)).orElseThrow(UserStore::derivationsBusy);
    }

    private static IllegalArgumentException derivationsBusy() {
        return new IllegalArgumentException("security.error.derivationsBusy");
    }

    /** The hash and lock of an account as read before its password is derived. */
    private record StoredPassword(String hash, Instant lockedUntil) {
    }

    /**
     * Records the outcome of a password checked against {@code checkedHash} on the account's locked row; empty if
     * the hash is no longer the one checked (the caller checks again). The same person signing in twice at once
     * (two tabs, two devices) changes the same row: the lock makes them take turns here, for a few milliseconds,
     * and count exactly instead of failing on a stale version.
     */
    private Optional<AuthResult> settle(EntityManager em, String name, String checkedHash, boolean matches,
            String rehashed) {
        Optional<UserEntity> found = em.createNamedQuery("User.byName", UserEntity.class).setParameter("name", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
        if (found.isEmpty()) {
            return Optional.of(new AuthResult(Status.BAD_CREDENTIALS, null, null));
        }
        UserEntity u = found.get();
        if (!checkedHash.equals(u.getPasswordHash())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (lockout.isLocked(u.getLockedUntil(), now)) {
            return Optional.of(new AuthResult(Status.LOCKED, name, u.getLockedUntil()));
        }
        u.setFailedAttempts(lockout.countingFailures(u.getFailedAttempts(), u.getLockedUntil(), now));
        if (!matches) {
            u.setFailedAttempts(u.getFailedAttempts() + 1);
            u.setLockedUntil(lockout.lockAfterFailure(u.getFailedAttempts(), now));
            return Optional.of(u.getLockedUntil() != null ? new AuthResult(Status.LOCKED, name, u.getLockedUntil())
                    : new AuthResult(Status.BAD_CREDENTIALS, name, null));
        }
        if (!u.isEnabled()) {
            return Optional.of(new AuthResult(Status.DISABLED, name, null));
        }
        if (rehashed != null) {
            u.setPasswordHash(rehashed);
        }
        u.setFailedAttempts(0);
        u.setLockedUntil(null);
        u.setLastLogin(now);
        return Optional.of(new AuthResult(Status.OK, name, null));
    }

    @Override
    public Set<String> rolesOf(String username) {
        return tx.read(em -> find(em, username).map(u -> Set.copyOf(u.getRoles())).orElse(Set.of()));
    }

    @Override
    public List<UserAccount> users() {
        return tx.read(em -> em.createNamedQuery("User.all", UserEntity.class).getResultList().stream()
                .map(Accounts::toAccount).toList());
    }

    @Override
    public Optional<UserAccount> user(String username) {
        return tx.read(em -> find(em, username).map(Accounts::toAccount));
    }

    @Override
    public UserAccount createUser(String username, String displayName, String email, char[] password,
            Set<String> roles) {
        requireAdministrator();
        // every objection at once: the form marks each field
        List<String> problems = new ArrayList<>(Accounts.problems(username, displayName, email));
        // a login taken and roles that do not exist are told with the rest, in the form's order
        tx.read(em -> {
            if (Accounts.validUsername(username) && find(em, username).isPresent()) {
                problems.add(0, "security.error.usernameTaken");
            }
            try {
                checkRolesExist(em, roles);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
            return null;
        });
        try {
            passwordPolicy.check(Accounts.validUsername(username) ? username : "", password);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new AccountRefused(problems);
        }
        String hash = derive(hasher, password);
        UserAccount created = tx.inTransaction(em -> {
            if (find(em, username).isPresent()) {
                throw new IllegalArgumentException("security.error.usernameTaken");
            }
            checkRolesExist(em, roles);
            UserEntity u = new UserEntity(username, displayName.trim(), hash);
            u.setPasswordTemporary(true);
            u.setEmail(email);
            u.getRoles().addAll(roles);
            em.persist(u);
            journal(em, new AuditEvent(AuditAction.CREATE, RECORD_USER, username, "roles=" + roles));
            return Accounts.toAccount(u);
        });
        return created;
    }

    @Override
    public UserAccount updateUser(String username, String displayName, String email, boolean enabled,
            Set<String> roles) {
        requireAdministrator();
        Accounts.checkFields(username, displayName, email);
        UserAccount updated = tx.inTransaction(em -> {
            UserEntity u = require(em, username);
            checkRolesExist(em, roles);
            u.setDisplayName(displayName.trim());
            u.setEmail(email);
            u.setEnabled(enabled);
            u.getRoles().clear();
            u.getRoles().addAll(roles);
            journal(em, new AuditEvent(AuditAction.UPDATE, RECORD_USER, username,
                    "enabled=" + enabled + " roles=" + roles));
            return Accounts.toAccount(u);
        });
        if (!enabled) {
            changes.endSessions(username, "disabled");
        }
        changes.announce("user");
        return updated;
    }

    @Override
    public void setPassword(String username, char[] password) {
        requireAdministrator();
        passwordPolicy.check(username, password);
        String hash = derive(hasher, password);
        tx.run(em -> {
            UserEntity u = require(em, username);
            u.setPasswordHash(hash);
            u.setPasswordTemporary(true);
            u.setFailedAttempts(0);
            u.setLockedUntil(null);
            journal(em, new AuditEvent(AuditAction.UPDATE, RECORD_USER, username, "password set, temporary"));
        });
        changes.endSessions(username, "password");
    }

    @Override
    public void changeOwnPassword(String username, char[] currentPassword, char[] newPassword) {
        SecurityContext ctx = securityContext;
        Optional<OporaUser> user = ctx == null ? SystemWork.actingUser() : ctx.currentUser();
        boolean system = ctx == null ? SystemWork.system() : ctx.system();
        if (user.isPresent() ? !user.get().username().equals(username) : !system) {
            throw new AccessDeniedException("own password");
        }
        passwordPolicy.check(username, newPassword);
        PasswordHasher h = hasher;
        // both derivations in their turns and outside the transaction, as at sign-in; the row is then changed only
        // if its hash is still the one the current password was checked against
        String checked = tx.read(em -> require(em, username).getPasswordHash());
        boolean matches = hashing.inTurn(checkWait, () -> h.matches(currentPassword, checked))
                .orElseThrow(UserStore::derivationsBusy);
        String hash = matches ? derive(h, newPassword) : null;
        boolean changed = matches && tx.inTransaction(em -> {
            UserEntity u = require(em, username);
            if (!checked.equals(u.getPasswordHash())) {
                return false;
            }
            u.setPasswordHash(hash);
            u.setPasswordTemporary(false);
            em.flush();
            audit.recordInTransaction(em.unwrap(Connection.class), username,
                    new AuditEvent(AuditAction.UPDATE, RECORD_USER, username, "own password changed"));
            return true;
        });
        if (!changed) {
            audit.record(username, new AuditEvent(AuditAction.REFUSED, RECORD_USER, username,
                    "own password: wrong current password"));
            throw new IllegalArgumentException("security.error.currentPassword");
        }
        changes.endSessions(username, "own-password");
    }

    @Override
    public int minPasswordLength() {
        return passwordPolicy.minLength();
    }

    @Override
    public boolean passwordChangeRequired(String username) {
        return tx.read(em -> find(em, username).map(UserEntity::isPasswordTemporary).orElse(false));
    }

    @Override
    public void setPasswordTemporary(String username, boolean temporary) {
        requireAdministrator();
        tx.run(em -> {
            require(em, username).setPasswordTemporary(temporary);
            journal(em, new AuditEvent(AuditAction.UPDATE, RECORD_USER, username,
                    temporary ? "password temporary" : "password kept"));
        });
    }

    @Override
    public void setLocale(String username, Locale locale) {
        tx.run(em -> require(em, username).setLocale(locale.toLanguageTag()));
    }

    @Override
    public void unlock(String username) {
        requireAdministrator();
        tx.run(em -> {
            UserEntity u = require(em, username);
            u.setFailedAttempts(0);
            u.setLockedUntil(null);
            journal(em, new AuditEvent(AuditAction.UPDATE, RECORD_USER, username, "unlock"));
        });
    }

    @Override
    public List<Role> roles() {
        return tx.read(em -> em.createNamedQuery("Role.all", RoleEntity.class).getResultList().stream()
                .map(Accounts::toRole).toList());
    }

    /**
     * Creates or changes a role; refused with every objection at once ({@link AccountRefused}, the keys of
     * {@link RoleChecks}), nothing stored.
     */
    @Override
    public Role saveRole(String name, String title, Set<String> permissions) {
        requireAdministrator();
        Set<String> asked = permissions == null ? Set.of() : new HashSet<>(permissions);
        Set<String> declared = catalog.all().stream().map(PermissionDefinition::id)
                .collect(java.util.stream.Collectors.toSet());
        List<String> problems = tx.read(em -> RoleChecks.problems(em, name, title, asked, declared));
        if (!problems.isEmpty()) {
            throw new AccountRefused(problems);
        }
        Role saved = tx.inTransaction(em -> {
            RoleEntity r = em.find(RoleEntity.class, name);
            Set<String> granted = new HashSet<>(asked);
            if (r == null) {
                // a new role receives the default grants that installed modules declare for it
                granted.addAll(catalog.defaultsFor(name));
                r = new RoleEntity(name, title.strip());
                em.persist(r);
            }
            r.setTitle(title.strip());
            r.getPermissions().clear();
            r.getPermissions().addAll(granted);
            Role role = Accounts.toRole(r);
            journal(em, new AuditEvent(AuditAction.UPDATE, RECORD_ROLE, name, "permissions=" + role.permissions()));
            return role;
        });
        changes.announce("role");
        return saved;
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return catalog.all();
    }

    @Override
    public Optional<OporaUser> resolve(String username) {
        return tx.read(em -> find(em, username).filter(UserEntity::isEnabled).map(u -> {
            Set<String> perms = new HashSet<>();
            for (String roleName : u.getRoles()) {
                RoleEntity r = em.find(RoleEntity.class, roleName);
                if (r != null) {
                    perms.addAll(r.getPermissions());
                }
            }
            return new OporaUser(u.getUsername(), u.getDisplayName(), u.getRoles(), perms,
                    Accounts.locale(u.getLocale()));
        }));
    }

    private static Optional<UserEntity> find(EntityManager em, String username) {
        return em.createNamedQuery("User.byName", UserEntity.class).setParameter("name", username)
                .getResultStream().findFirst();
    }

    private static UserEntity require(EntityManager em, String username) {
        return find(em, username).orElseThrow(() -> new IllegalArgumentException("security.error.noSuchUser"));
    }

    private static void checkRolesExist(EntityManager em, Set<String> roles) {
        for (String role : roles) {
            if (em.find(RoleEntity.class, role) == null) {
                throw new IllegalArgumentException("security.error.noSuchRole");
            }
        }
    }

    /** Journals a change in its own transaction, as its last statement: both are committed or neither. */
    private void journal(EntityManager em, AuditEvent entry) {
        em.flush();
        audit.recordInTransaction(em.unwrap(Connection.class), entry);
    }
}
