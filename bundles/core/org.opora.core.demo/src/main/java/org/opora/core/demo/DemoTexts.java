package org.opora.core.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The Russian texts of a module's demo data, read from a UTF-8 properties resource of the module's bundle: the texts
 * live there, not in code. A numbered family {@code key.1}, {@code key.2} ... is used in turn.
 */
public final class DemoTexts {

    private final Properties texts = new Properties();

    /**
     * @param owner    a class of the module, whose bundle holds the resource
     * @param resource the resource's absolute path, e.g. {@code /demo/consilium-demo.properties}
     */
    public DemoTexts(Class<?> owner, String resource) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("demo resource missing: " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo texts " + resource, e);
        }
    }

    /** The text of a key. */
    public String text(String key) {
        String value = texts.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("demo text missing: " + key);
        }
        return value.strip();
    }

    /** The text of a key, or empty when the key is absent. */
    public String optional(String key) {
        return texts.getProperty(key, "").strip();
    }

    /** The {@code index}-th (0-based, cycling) member of the family {@code key.1}, {@code key.2} ... */
    public String nth(String key, int index) {
        int count = count(key);
        if (count == 0) {
            throw new IllegalStateException("demo texts missing: " + key + ".1");
        }
        return text(key + "." + (index % count + 1));
    }

    /** How many members the family {@code key.1}, {@code key.2} ... has. */
    public int count(String key) {
        return count(key, "");
    }

    /** How many members the family {@code key.1<suffix>}, {@code key.2<suffix>} ... has. */
    public int count(String key, String suffix) {
        int n = 0;
        while (texts.containsKey(key + "." + (n + 1) + suffix)) {
            n++;
        }
        return n;
    }

    /** A comma-separated list of codes. */
    public List<String> codes(String key) {
        String value = optional(key);
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
