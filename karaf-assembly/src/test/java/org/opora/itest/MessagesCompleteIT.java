package org.opora.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

/**
 * Every Opora bundle in the distribution speaks both languages: its Russian and English message files (and its
 * settings texts) have the same keys, and no Russian text is left empty. No message key is in two bundles.
 */
class MessagesCompleteIT {

    private final Path system = Path.of(System.getProperty("opora.assembly", "target/assembly"), "system/org/opora");

    @Test
    void russianAndEnglishHaveTheSameKeys() throws IOException {
        List<String> checked = new ArrayList<>();
        for (Path jar : oporaBundles()) {
            try (JarFile j = new JarFile(jar.toFile())) {
                String base = j.getManifest().getMainAttributes().getValue("Opora-I18n");
                if (base != null) {
                    compare(j, base + ".properties", base + "_en.properties");
                    checked.add(jar.getFileName().toString());
                }
                for (ZipEntry e : j.stream().filter(e -> e.getName().matches("OSGI-INF/l10n/[^_]+\\.properties"))
                        .toList()) {
                    compare(j, e.getName(), e.getName().replace(".properties", "_ru.properties"));
                }
            }
        }
        assertFalse(checked.isEmpty(), "no bundle with Opora-I18n found under " + system);
    }

    /** A key belongs to one bundle: the same key in two bundles would show one of them in the other's pages. */
    @Test
    void noMessageKeyIsInTwoBundles() throws IOException {
        java.util.Map<String, String> owner = new java.util.TreeMap<>();
        List<String> clashes = new ArrayList<>();
        for (Path jar : oporaBundles()) {
            try (JarFile j = new JarFile(jar.toFile())) {
                String base = j.getManifest().getMainAttributes().getValue("Opora-I18n");
                if (base == null) {
                    continue;
                }
                String name = jar.getFileName().toString();
                for (String key : load(j, base + ".properties").stringPropertyNames()) {
                    String before = owner.putIfAbsent(key, name);
                    if (before != null) {
                        clashes.add(key + " in " + before + " and " + name);
                    }
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    private static void compare(JarFile jar, String first, String second) throws IOException {
        Properties a = load(jar, first);
        Properties b = load(jar, second);
        assertEquals(new TreeSet<>(a.stringPropertyNames()), new TreeSet<>(b.stringPropertyNames()),
                jar.getName() + ": " + first + " and " + second + " differ");
        for (String key : a.stringPropertyNames()) {
            assertFalse(a.getProperty(key).isBlank() || b.getProperty(key).isBlank(), jar.getName() + ": " + key);
        }
    }

    private static Properties load(JarFile jar, String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        if (entry == null) {
            throw new AssertionError(jar.getName() + " has no " + name);
        }
        Properties p = new Properties();
        try (var in = new InputStreamReader(jar.getInputStream(entry), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private List<Path> oporaBundles() throws IOException {
        try (Stream<Path> files = Files.walk(system)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }
}
