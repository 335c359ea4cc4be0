package org.opora.platform.admin.internal.modules;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * An Opora module as the modules view lists it: one Karaf feature.
 * <p>
 * The feature's {@code description} is the module's name in Russian (what {@code feature:list} shows in the
 * console); its {@code <details>} carry the other texts as properties: {@code name.en}, {@code summary.ru},
 * {@code summary.en}.
 *
 * @param name        feature name, e.g. {@code opora-consilium}
 * @param version     feature version, e.g. {@code 0.1.0.SNAPSHOT}
 * @param description feature description (the Russian name), may be empty
 * @param texts       the texts of the feature's details
 * @param requires    the names of the features this one depends on directly
 * @param state       installed or not, started or not
 */
public record Module(String name, String version, String description, Properties texts, Set<String> requires,
        ModuleState state) {

    public Module {
        description = description == null ? "" : description.strip();
        texts = texts == null ? new Properties() : texts;
        requires = requires == null ? Set.of() : Set.copyOf(requires);
    }

    /** A module whose feature has only a description. */
    public Module(String name, String version, String description, ModuleState state) {
        this(name, version, description, null, Set.of(), state);
    }

    /** Reads the properties of a feature's {@code <details>}; a feature without them has none. */
    public static Properties texts(String details) {
        Properties p = new Properties();
        if (details != null && !details.isBlank()) {
            try {
                p.load(new StringReader(details));
            } catch (IOException | IllegalArgumentException e) {
                // a malformed text is no text: the module shows its description
                p.clear();
            }
        }
        return p;
    }

    /** Karaf's id of the feature, {@code name/version}. */
    public String id() {
        return name + "/" + version;
    }

    /** The module's name in the language; its Russian name (or the feature name) where there is none. */
    public String title(Locale locale) {
        String own = texts.getProperty("name." + language(locale));
        if (own != null && !own.isBlank()) {
            return own.strip();
        }
        return description.isEmpty() ? name : description;
    }

    /** What the module does, in the language, Russian where there is none; may be empty. */
    public String summary(Locale locale) {
        String own = texts.getProperty("summary." + language(locale));
        return (own != null ? own : texts.getProperty("summary.ru", "")).strip();
    }

    /** The release number: the version without Maven's qualifier ({@code 0.1.0.SNAPSHOT} is release 0.1.0). */
    public String release() {
        String[] parts = version.split("\\.");
        return parts.length > 3 ? String.join(".", parts[0], parts[1], parts[2]) : version;
    }

    public boolean installed() {
        return state != ModuleState.NOT_INSTALLED;
    }

    /** Whether the UI may uninstall it: the platform itself, which this view belongs to, never. */
    public boolean removable() {
        return !ModuleCatalog.PLATFORM.equals(name);
    }

    private static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "ru";
    }
}
