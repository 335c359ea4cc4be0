package org.opora.programmes.impl.internal.fake;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.opora.platform.api.i18n.Translator;

/**
 * The platform's translation over the module's message files, as the platform does it: Russian by default,
 * English for {@code en}, MessageFormat only with parameters. Reads {@code i18n/messages*.properties} from the
 * class path.
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

    /** Whether the key is in both files. */
    public boolean knows(String key) {
        return russian.containsKey(key) && english.containsKey(key);
    }

    private static Properties load(String file) {
        Properties p = new Properties();
        try (InputStream in = open(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = MessagesTranslator.class.getResourceAsStream("/i18n/" + file);
        if (in == null) {
            throw new IOException("not on the class path: i18n/" + file);
        }
        return in;
    }

    /** The Russian and the English texts, by key. */
    public Properties russian() {
        return russian;
    }

    public Properties english() {
        return english;
    }
}
