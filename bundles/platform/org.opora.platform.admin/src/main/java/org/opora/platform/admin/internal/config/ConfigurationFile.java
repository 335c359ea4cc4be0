package org.opora.platform.admin.internal.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A school's configuration as one text file (UTF-8): the settings of every described Opora configuration and the
 * roles with their permissions, so that it can be read by a person, kept in version control and moved between
 * installations.
 *
 * <pre>
 * # comments start with #
 * format = opora-school-configuration 1
 *
 * [settings org.opora.programmes.rules]
 * minMonths = 3
 * highRiskCategories = high-suicide-risk
 * highRiskCategories = incomplete-suicide
 *
 * [role director]
 * title = Director
 * permission = core.pupil.read-all
 *
 * [texts en]
 * programmes.rule.duration.min = The programme lasts at least {0} months (the school's regulation, 3.2).
 * </pre>
 *
 * A key given several times is a list, in order. A {@code settings} section is the whole of its configuration: an
 * attribute it leaves out has its default after the import. A {@code texts} section is the whole of the school's own
 * texts in its language: a message it leaves out has the module's text after the import. Values keep leading and trailing blanks only as
 * {@code \s}; a line break in a value is written {@code \n}, a backslash {@code \\}.
 *
 * @param sections the sections in the file's order
 */
public record ConfigurationFile(List<Section> sections) {

    /** The first line every file has (after comments). */
    public static final String FORMAT = "opora-school-configuration 1";

    public ConfigurationFile {
        sections = List.copyOf(sections);
    }

    /** What a section configures. */
    public enum Kind {
        /** an OSGi configuration by PID */
        SETTINGS,
        /** a role of the platform by name */
        ROLE,
        /** the school's own texts in a language ({@code ru}, {@code en}) by message key */
        TEXTS;

        static Optional<Kind> of(String word) {
            return switch (word) {
                case "settings" -> Optional.of(SETTINGS);
                case "role" -> Optional.of(ROLE);
                case "texts" -> Optional.of(TEXTS);
                default -> Optional.empty();
            };
        }

        String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One section.
     *
     * @param kind   what it configures
     * @param name   the PID or the role's name
     * @param values the keys with their values in order; a key given once has one value
     * @param line   the line of its header in the file it was read from (0 for a section built in code)
     * @param lines  the line of each key's first value in the file it was read from (none for a section built in
     *               code)
     */
    public record Section(Kind kind, String name, Map<String, List<String>> values, int line,
            Map<String, Integer> lines) {

        public Section {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(name);
            Map<String, List<String>> copy = new LinkedHashMap<>();
            values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            values = java.util.Collections.unmodifiableMap(copy);
            lines = Map.copyOf(lines);
        }

        public Section(Kind kind, String name, Map<String, List<String>> values, int line) {
            this(kind, name, values, line, Map.of());
        }

        public Section(Kind kind, String name, Map<String, List<String>> values) {
            this(kind, name, values, 0);
        }

        /** The line of a key's first value; the header's line for a key the section does not give. */
        public int lineOf(String key) {
            return lines.getOrDefault(key, line);
        }

        /** The values of a key, empty when the section does not name it. */
        public List<String> get(String key) {
            return values.getOrDefault(key, List.of());
        }

        /** The only value of a key, if the key is given. */
        public Optional<String> one(String key) {
            List<String> v = get(key);
            return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
        }
    }

    /** The section of a kind and name, if the file has it. */
    public Optional<Section> section(Kind kind, String name) {
        return sections.stream().filter(s -> s.kind() == kind && s.name().equals(name)).findFirst();
    }

    /** The sections of one kind, in the file's order. */
    public List<Section> sections(Kind kind) {
        return sections.stream().filter(s -> s.kind() == kind).toList();
    }

    /**
     * A line the reader could not take.
     *
     * @param line   its number, from 1
     * @param key    message key of the reason ({@code admin.config.file.*})
     * @param detail the text the message quotes
     */
    public record Malformed(int line, String key, String detail) {
    }

    /** What reading a file gave: the configuration, or the lines it could not take (then nothing is usable). */
    public record Read(ConfigurationFile file, List<Malformed> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Reads a file's text; every malformed line is reported, not only the first. */
    public static Read read(String text) {
        List<Malformed> problems = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        boolean format = false;
        Kind kind = null;
        String name = null;
        int header = 0;
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        int n = 0;
        try (BufferedReader in = new BufferedReader(new StringReader(text == null ? "" : text))) {
            for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
                n++;
                String line = n == 1 && raw.startsWith("\uFEFF") ? raw.substring(1).strip() : raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (!format) {
                    if (!line.replaceAll("\\s+", " ").equals("format = " + FORMAT)) {
                        problems.add(new Malformed(n, "admin.config.file.format", abbreviate(line)));
                        return new Read(new ConfigurationFile(List.of()), problems);
                    }
                    format = true;
                    continue;
                }
                if (line.startsWith("[")) {
                    if (kind != null) {
                        sections.add(new Section(kind, name, values, header, lines));
                    }
                    kind = null;
                    values = new LinkedHashMap<>();
                    lines = new LinkedHashMap<>();
                    header = n;
                    Optional<String[]> parts = header(line);
                    Optional<Kind> k = parts.flatMap(p -> Kind.of(p[0]));
                    if (k.isEmpty()) {
                        problems.add(new Malformed(n, "admin.config.file.section", abbreviate(line)));
                        continue;
                    }
                    String sectionName = parts.get()[1];
                    if (!sectionName.matches("[A-Za-z0-9._-]{1,200}")) {
                        problems.add(new Malformed(n, "admin.config.file.name", abbreviate(sectionName)));
                        continue;
                    }
                    Kind found = k.get();
                    if (sections.stream().anyMatch(s -> s.kind() == found && s.name().equals(sectionName))) {
                        problems.add(new Malformed(n, "admin.config.file.twice", sectionName));
                        continue;
                    }
                    kind = found;
                    name = sectionName;
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq <= 0) {
                    problems.add(new Malformed(n, "admin.config.file.line", abbreviate(line)));
                    continue;
                }
                String key = line.substring(0, eq).strip();
                if (!key.matches("[A-Za-z0-9._-]{1,200}")) {
                    problems.add(new Malformed(n, "admin.config.file.key", abbreviate(key)));
                    continue;
                }
                if (kind == null) {
                    if (header == 0) {
                        problems.add(new Malformed(n, "admin.config.file.outside", abbreviate(line)));
                    }
                    continue;
                }
                Optional<String> value = unescape(line.substring(eq + 1).strip());
                if (value.isEmpty()) {
                    problems.add(new Malformed(n, "admin.config.file.escape", abbreviate(line)));
                    continue;
                }
                values.computeIfAbsent(key, x -> new ArrayList<>()).add(value.get());
                lines.putIfAbsent(key, n);
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading a string", e);
        }
        if (!format) {
            problems.add(new Malformed(Math.max(n, 1), "admin.config.file.empty", ""));
        }
        if (kind != null) {
            sections.add(new Section(kind, name, values, header, lines));
        }
        return new Read(new ConfigurationFile(sections), problems);
    }

    /** The file's text, with a comment heading it. */
    public String write(List<String> comments) {
        return write(comments, s -> null);
    }

    /** The file's text, with a comment heading it and a comment (e.g. the section's name for people) above sections. */
    public String write(List<String> comments, java.util.function.Function<Section, String> caption) {
        StringBuilder out = new StringBuilder();
        comments.forEach(c -> out.append("# ").append(c.replace('\n', ' ')).append('\n'));
        out.append("format = ").append(FORMAT).append('\n');
        for (Section s : sections) {
            String above = caption.apply(s);
            out.append('\n');
            if (above != null && !above.isBlank()) {
                above.lines().forEach(l -> out.append("# ").append(l).append('\n'));
            }
            out.append('[').append(s.kind().word()).append(' ').append(s.name()).append("]\n");
            s.values().forEach((k, vs) -> vs.forEach(v -> out.append(k).append(" = ").append(escape(v))
                    .append('\n')));
        }
        return out.toString();
    }

    private static Optional<String[]> header(String line) {
        if (!line.endsWith("]")) {
            return Optional.empty();
        }
        String inner = line.substring(1, line.length() - 1).strip();
        int space = inner.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        return Optional.of(new String[] {inner.substring(0, space), inner.substring(space + 1).strip()});
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean edge = (i == 0 || i == value.length() - 1) && Character.isWhitespace(c);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (edge && c == ' ') {
                out.append("\\s");
            } else if (edge && c == '\t') {
                out.append("\\t");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static Optional<String> unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == text.length()) {
                return Optional.empty();
            }
            switch (text.charAt(i)) {
                case '\\' -> out.append('\\');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 's' -> out.append(' ');
                case 't' -> out.append('\t');
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(out.toString());
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
