package org.opora.platform.api.i18n;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The messages of every started bundle with the school's own texts over them (1.1). A school overrides a module's
 * text per language — a clause citation of its own regulation, a position title or a fixed text of a printed form —
 * in the configuration {@value #PID}, one property {@code <language>.<key>} a text (e.g. {@code ru.consilium.x});
 * the {@link Translator} then gives the school's text, falling back to the module's. A change of that configuration
 * applies at once, to views, duties and printed forms alike. The platform's UI host implements it; the
 * administration's view of the school texts ({@code admin/texts}) reads it and writes the
 * configuration.
 */
@ProviderType
public interface MessageCatalogue {

    /** The configuration of the school's own texts. */
    String PID = "org.opora.platform.texts";

    /** The languages of the texts: Russian (the default) and English. */
    List<String> LANGUAGES = List.of("ru", "en");

    /** The configuration property of a key's school text in a language: {@code ru.consilium.error.x}. */
    static String property(String language, String key) {
        return language + "." + key;
    }

    /** Every message key of the started bundles in key order, with the module's and the school's texts. */
    List<CatalogueEntry> entries();
}
