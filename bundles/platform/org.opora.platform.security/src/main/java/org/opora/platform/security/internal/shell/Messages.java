package org.opora.platform.security.internal.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** English texts of this bundle's message keys, for the shell. */
final class Messages {

    private static final Properties EN = load();

    private Messages() {
    }

    static String english(String key) {
        return EN.getProperty(key, key);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/i18n/messages_en.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
