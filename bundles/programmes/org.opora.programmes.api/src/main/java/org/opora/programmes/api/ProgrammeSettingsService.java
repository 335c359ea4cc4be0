package org.opora.programmes.api;

import java.util.Locale;

import org.osgi.annotation.versioning.ProviderType;

/** The settings of individual support, for the views and for other modules. */
@ProviderType
public interface ProgrammeSettingsService {

    ProgrammeSettings settings(Locale locale);
}
