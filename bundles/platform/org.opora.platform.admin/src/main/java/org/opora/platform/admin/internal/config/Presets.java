package org.opora.platform.admin.internal.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The presets shipped with the platform: the regulation variants of the schools behind the regulations, each a
 * configuration file ({@code presets/<id>.opora} in this bundle) named in the messages as
 * {@code admin.config.preset.<id>} with {@code .description}.
 */
public final class Presets {

    private static final Logger LOG = LoggerFactory.getLogger(Presets.class);

    private final List<Preset> all;

    Presets(List<Preset> all) {
        this.all = List.copyOf(all);
    }

    /**
     * A preset.
     *
     * @param id   e.g. {@code school-59}
     * @param file its configuration
     */
    public record Preset(String id, ConfigurationFile file) {

        /** The message key of its name; {@code .description} added gives its description. */
        public String nameKey() {
            return "admin.config.preset." + id;
        }
    }

    /** The presets a bundle brings, by id. A preset that does not read is left out with an error in the log. */
    static Presets of(Bundle bundle) {
        List<Preset> found = new ArrayList<>();
        Enumeration<URL> urls = bundle.findEntries("presets", "*.opora", false);
        for (URL url : urls == null ? List.<URL>of() : Collections.list(urls)) {
            String path = url.getPath();
            String id = path.substring(path.lastIndexOf('/') + 1, path.length() - ".opora".length());
            try (InputStream in = url.openStream()) {
                read(id, new String(in.readAllBytes(), StandardCharsets.UTF_8)).ifPresent(found::add);
            } catch (IOException e) {
                LOG.error("Preset {} could not be read", path, e);
            }
        }
        found.sort(Comparator.comparing(Preset::id));
        return new Presets(found);
    }

    static Optional<Preset> read(String id, String text) {
        ConfigurationFile.Read read = ConfigurationFile.read(text);
        if (!read.valid()) {
            LOG.error("Preset {} is malformed: {}", id, read.problems());
            return Optional.empty();
        }
        return Optional.of(new Preset(id, read.file()));
    }

    public List<Preset> all() {
        return all;
    }

    public Optional<Preset> get(String id) {
        return all.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
