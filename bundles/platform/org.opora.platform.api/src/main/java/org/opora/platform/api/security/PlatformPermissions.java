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

    /** The IT administrator of the installation. */
    public static final String ROLE_ADMINISTRATOR = "administrator";

    private PlatformPermissions() {
    }
}
