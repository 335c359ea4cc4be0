package org.opora.platform.admin.internal.modules;

import org.apache.karaf.features.FeatureState;

/** A module's state as the administrator reads it; the i18n key is {@code admin.modules.state.<NAME>}. */
public enum ModuleState {
    NOT_INSTALLED, INSTALLED, STARTED;

    /**
     * Maps Karaf's view of a feature: a feature that is not installed is {@link #NOT_INSTALLED} whatever state Karaf
     * remembers for it; an installed feature is {@link #STARTED} once its bundles run.
     */
    public static ModuleState of(boolean installed, FeatureState state) {
        if (!installed) {
            return NOT_INSTALLED;
        }
        return state == FeatureState.Started ? STARTED : INSTALLED;
    }

    /** The i18n key of the state's label. */
    public String key() {
        return "admin.modules.state." + name();
    }
}
