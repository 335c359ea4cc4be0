package org.opora.bench.district.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The generator's words (Russian names, class letters, plan texts), read from {@code district/names.txt}: the Java
 * code carries no Russian text.
 *
 * <pre>{@code
 * WordLists words = WordLists.load();
 * String surname = words.pick("male.surnames", random);
 * }</pre>
 */
final class WordLists {

    private final Map<String, List<String>> lists;

    private WordLists(Map<String, List<String>> lists) {
        this.lists = lists;
    }

    static WordLists load() {
        Map<String, List<String>> lists = new HashMap<>();
        try (InputStream in = WordLists.class.getResourceAsStream("/district/names.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int colon = line.indexOf(':');
                if (line.isBlank() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                lists.put(line.substring(0, colon).strip(), Arrays.stream(line.substring(colon + 1).split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordLists(lists);
    }

    List<String> list(String key) {
        List<String> words = lists.get(key);
        if (words == null) {
            throw new IllegalArgumentException("No word list " + key + " in district/names.txt");
        }
        return words;
    }

    String pick(String key, Random random) {
        List<String> words = list(key);
        return words.get(random.nextInt(words.size()));
    }
}
