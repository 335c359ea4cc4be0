package org.opora.core.impl.internal.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.opora.core.api.Sex;

/**
 * The words an import file is read with: the names of its columns and the values of the "sex" column, in every
 * language the bundle has. They come from the message bundles, so that Java sources hold no Russian text and a
 * column is recognised by the very name the export and the UI give it.
 */
public final class ImportVocabulary {

    static final String MALE_KEY = "core.import.value.male";
    static final String FEMALE_KEY = "core.import.value.female";
    /** The languages of the bundle: the default file holds Russian, the school's language. */
    private static final List<String> LANGUAGE_SUFFIXES = List.of("", "_en");

    private final Map<String, Column> columns = new HashMap<>();
    private final Map<Column, String> labels = new EnumMap<>(Column.class);
    private final Set<String> male = new HashSet<>();
    private final Set<String> female = new HashSet<>();

    /**
     * @param languages the message bundles, the language whose column names go into messages first
     * @throws IllegalArgumentException when no bundle names a column
     */
    public ImportVocabulary(List<Properties> languages) {
        for (Properties language : languages) {
            for (Column column : Column.values()) {
                labels.putIfAbsent(column, language.getProperty(column.key()));
                add(column, language.getProperty(column.key()));
                for (String alias : split(language.getProperty(column.aliasesKey()))) {
                    add(column, alias);
                }
            }
            split(language.getProperty(MALE_KEY)).forEach(word -> male.add(Texts.key(word)));
            split(language.getProperty(FEMALE_KEY)).forEach(word -> female.add(Texts.key(word)));
        }
        for (Column column : Column.values()) {
            if (labels.get(column) == null) {
                throw new IllegalArgumentException("no name for column " + column.key());
            }
        }
    }

    /**
     * Reads the vocabulary from the message bundle {@code baseName} ({@code .properties}, Russian, and
     * {@code _en.properties}) in UTF-8, e.g. {@code load(getClass().getClassLoader(), "i18n/messages")}.
     *
     * @throws IllegalStateException when a file is missing: the bundle is built wrongly
     */
    public static ImportVocabulary load(ClassLoader loader, String baseName) {
        List<Properties> languages = new ArrayList<>();
        for (String suffix : LANGUAGE_SUFFIXES) {
            String resource = baseName + suffix + ".properties";
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("message bundle missing: " + resource);
                }
                Properties language = new Properties();
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    language.load(reader);
                }
                languages.add(language);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return new ImportVocabulary(languages);
    }

    /** The column a header names (compared by {@link Texts#key}), if any. */
    Optional<Column> column(String header) {
        return Optional.ofNullable(columns.get(Texts.key(header)));
    }

    /** The column's name in the first language, for messages about a column the file lacks. */
    String label(Column column) {
        return labels.get(column);
    }

    /** The sex a cell names (a Russian or English word or its first letter), if any. */
    Optional<Sex> sex(String value) {
        String key = Texts.key(value);
        if (male.contains(key)) {
            return Optional.of(Sex.MALE);
        }
        return female.contains(key) ? Optional.of(Sex.FEMALE) : Optional.empty();
    }

    private void add(Column column, String name) {
        String key = Texts.key(name == null ? "" : name);
        if (!key.isEmpty()) {
            // the first language wins should two names ever collide
            columns.putIfAbsent(key, column);
        }
    }

    private static List<String> split(String list) {
        List<String> words = new ArrayList<>();
        if (list != null) {
            for (String word : list.split("\\|")) {
                if (!word.isBlank()) {
                    words.add(word.strip());
                }
            }
        }
        return words;
    }
}
