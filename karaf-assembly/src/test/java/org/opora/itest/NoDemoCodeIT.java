package org.opora.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A real installation contains no demo code: every Opora bundle the distribution ships, except the
 * {@code org.opora.*.demo} bundles of the feature {@code opora-demo}, is free of classes and resources named demo.
 */
class NoDemoCodeIT {

    @Test
    void noProductionBundleCarriesDemoCode() throws IOException {
        Path system = Path.of(System.getProperty("opora.assembly", "target/assembly"), "system", "org", "opora");
        List<Path> jars;
        try (Stream<Path> files = Files.walk(system)) {
            jars = files.filter(p -> p.toString().endsWith(".jar")).toList();
        }
        List<String> production = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (Path jar : jars) {
            String name = jar.getFileName().toString();
            if (name.matches("org\\.opora\\.[a-z]+\\.demo-.*")) {
                continue;
            }
            production.add(name);
            try (JarFile file = new JarFile(jar.toFile())) {
                file.stream().map(e -> e.getName())
                        .filter(entry -> entry.toLowerCase(Locale.ROOT).contains("demo"))
                        .forEach(entry -> found.add(name + "!/" + entry));
            }
        }
        assertTrue(production.size() >= 15, "the production bundles were found: " + production);
        assertEquals(List.of(), found, "demo code in production bundles");
    }
}
