package org.opora.teachersupport.api;

import java.util.Locale;

import org.osgi.annotation.versioning.ProviderType;

/** The teacher-support settings of the school, read on every call so that a change in Settings applies at once. */
@ProviderType
public interface TeacherSupportSettingsService {

    /** The settings, labelled for the language. */
    TeacherSupportSettings settings(Locale locale);
}
