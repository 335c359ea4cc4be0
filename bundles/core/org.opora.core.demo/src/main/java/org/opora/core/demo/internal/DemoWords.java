package org.opora.core.demo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The words of the demo school, read from UTF-8 resources under {@code /demo/}: single texts with {@code {0}}
 * placeholders from {@code school.properties} and tables (one row a line, columns split by {@code |}, lines starting
 * with {@code #} ignored) from plain text files. Russian text lives there, not in code.
 */
final class DemoWords {

    private static final String FOLDER = "/demo/";

    private final Properties texts = new Properties();

    DemoWords() {
        try (Reader reader = new InputStreamReader(open("school.properties"), StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo school texts", e);
        }
    }

    /** The text of a key with {@code {0}}, {@code {1}} ... replaced by the arguments. */
    String text(String key, Object... args) {
        String value = texts.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("demo text missing: " + key);
        }
        return fill(value, args);
    }

    /** The template with {@code {0}}, {@code {1}} ... replaced by the arguments. */
    static String fill(String template, Object... args) {
        String value = template;
        for (int i = 0; i < args.length; i++) {
            value = value.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return value;
    }

    /** The text with its first letter in lower case, e.g. a position inside a sentence ("... by UVR" stays). */
    static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    /** The texts of {@code key.1}, {@code key.2} ... up to the first missing one. */
    List<String> texts(String key) {
        List<String> result = new ArrayList<>();
        for (int i = 1; texts.containsKey(key + "." + i); i++) {
            result.add(texts.getProperty(key + "." + i));
        }
        return result;
    }

    /** The rows of a table file, each with exactly {@code columns} trimmed cells. */
    List<String[]> table(String file, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    rows.add(split(file, trimmed, columns));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo table " + file, e);
        }
        return rows;
    }

    /** Splits a {@code |}-separated row into exactly {@code columns} trimmed cells. */
    static String[] split(String source, String row, int columns) {
        String[] cells = row.split("\\|", -1);
        if (cells.length != columns) {
            throw new IllegalStateException(source + ": " + columns + " columns expected in " + row);
        }
        return Arrays.stream(cells).map(String::strip).toArray(String[]::new);
    }

    private static InputStream open(String file) {
        InputStream in = DemoWords.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("demo resource missing: " + FOLDER + file);
        }
        return in;
    }
}
