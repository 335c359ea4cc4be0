package org.opora.core.support.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Properties;

import org.opora.platform.api.i18n.Translator;

/**
 * The platform's translation over the message files of a module's tests, as the platform does it: Russian by
 * default, English for {@code en}, MessageFormat only with parameters. Every {@code i18n/messages*.properties} on
 * the class path is merged, as the platform merges the bundles' catalogues, and a scratch file of that name in the
 * working directory when there is one. From the test jar of {@code org.opora.core.support}.
 */
public class MessagesTranslator implements Translator {

    private final Properties russian = load("messages.properties");
    private final Properties english = load("messages_en.properties");

    @Override
    public String translate(String key, Locale locale, Object... params) {
        Properties messages = "en".equals(locale.getLanguage()) ? english : russian;
        String text = messages.getProperty(key);
        if (text == null) {
            return key;
        }
        return params == null || params.length == 0 ? text : new MessageFormat(text, locale).format(params);
    }

    /** Whether the key is in both languages. */
    public boolean knows(String key) {
        return russian.containsKey(key) && english.containsKey(key);
    }

    /** The Russian texts, by key. */
    public Properties russian() {
        return russian;
    }

    /** The English texts, by key. */
    public Properties english() {
        return english;
    }

    private static Properties load(String file) {
        Properties p = new Properties();
        try {
            Enumeration<URL> found = MessagesTranslator.class.getClassLoader().getResources("i18n/" + file);
            while (found.hasMoreElements()) {
                try (InputStream in = found.nextElement().openStream()) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
            Path scratch = Path.of(file);
            if (Files.exists(scratch)) {
                try (InputStream in = Files.newInputStream(scratch)) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
