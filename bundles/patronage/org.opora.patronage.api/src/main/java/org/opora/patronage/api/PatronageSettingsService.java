package org.opora.patronage.api;

import java.util.Locale;

import org.osgi.annotation.versioning.ProviderType;

/** The patronage settings of the school (Settings → Patronage), read on every call so that a change applies at once. */
@ProviderType
public interface PatronageSettingsService {

    /** The settings, labelled for the language. */
    PatronageSettings settings(Locale locale);
}
