package org.opora.platform.api.security;

/** Permissions the platform itself checks, and the roles every installation starts with. */
public final class PlatformPermissions {

    /** Install and remove modules. */
    public static final String MODULES = "platform.admin.modules";
    /** Change the settings (regulation variant points) of every module. */
    public static final String SETTINGS = "platform.admin.settings";
    /** Manage users, roles and the role to permission mapping. */
    public static final String USERS = "platform.admin.users";
    /** Read the audit journal. */
    public static final String AUDIT = "platform.audit.read";

    /**
     * Event Admin topic posted whenever the permissions of roles or users change (an administrator's edit, the
     * default grants of a module that arrives); open pages rebuild their navigation.
     */
    public static final String CHANGED_TOPIC = "org/opora/platform/security/PERMISSIONS_CHANGED";

    /**
     * Event Admin topic posted when an account's open sessions must end: it was disabled, or its password was set
     * by an administrator or changed by its owner. Property {@link #ACCOUNT} names the account; the intranet ends
     * its sessions (but the one in which the owner changed their own password).
     */
    public static final String SESSIONS_END_TOPIC = "org/opora/platform/security/SESSIONS_END";

    /** The event property with the username of the account whose sessions end. */
    public static final String ACCOUNT = "account";

    /** The IT administrator of the installation. */
    public static final String ROLE_ADMINISTRATOR = "administrator";

    private PlatformPermissions() {
    }
}
