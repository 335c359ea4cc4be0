package org.opora.platform.api.i18n;

import java.util.Locale;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's message catalogue: every bundle's {@code i18n/messages.properties} (Russian, the default) and
 * {@code i18n/messages_en.properties}, named by the bundle header {@code Opora-I18n}. Views use Vaadin's
 * {@code getTranslation}; services that produce text for people (duties, printable forms) use this.
 */
@ProviderType
public interface Translator {

    /** The text of the key in the language, with {@link java.text.MessageFormat} parameters; the key if unknown. */
    String translate(String key, Locale locale, Object... params);
}
