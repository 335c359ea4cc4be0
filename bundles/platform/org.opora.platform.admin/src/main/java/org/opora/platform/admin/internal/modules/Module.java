package org.opora.platform.admin.internal.modules;

/**
 * An Opora module as the modules view lists it: one Karaf feature.
 *
 * @param name        feature name, e.g. {@code opora-consilium}
 * @param version     feature version
 * @param description feature description, may be empty
 * @param state       installed or not, started or not
 */
public record Module(String name, String version, String description, ModuleState state) {

    public Module {
        description = description == null ? "" : description;
    }

    /** Karaf's id of the feature, {@code name/version}. */
    public String id() {
        return name + "/" + version;
    }

    public boolean installed() {
        return state != ModuleState.NOT_INSTALLED;
    }

    /** Whether the UI may uninstall it: the platform itself, which this view belongs to, never. */
    public boolean removable() {
        return !ModuleCatalog.PLATFORM.equals(name);
    }
}
