package org.opora.platform.print.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * This bundle's message files, for the few texts the renderer adds itself. Russian is the default file and
 * English the {@code _en} one, as the platform's UI reads them (the {@code Opora-I18n} header).
 */
final class Messages {

    private static final String BASE = "/i18n/messages";

    private final Properties russian;
    private final Properties english;

    private Messages(Properties russian, Properties english) {
        this.russian = russian;
        this.english = english;
    }

    static Messages load() {
        Properties russian = read(BASE + ".properties", new Properties());
        return new Messages(russian, read(BASE + "_en.properties", new Properties(russian)));
    }

    /** The text in the locale's language, Russian unless English is asked for; the key when there is none. */
    String get(String key, Locale locale) {
        boolean en = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return (en ? english : russian).getProperty(key, key);
    }

    private static Properties read(String path, Properties into) {
        try (InputStream in = Messages.class.getResourceAsStream(path)) {
            if (in != null) {
                into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException("Messages " + path + " could not be read", e);
        }
    }
}
