package org.opora.platform.admin.internal.settings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.opora.platform.api.settings.CodeUse;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.api.settings.SettingsCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The modules' {@link SettingsCheck}s by configuration PID (a whiteboard: they come and go with their bundles), and
 * the problems they find in the values about to be stored: each attribute on its own, the lines of a coded list,
 * and the attributes taken together.
 */
public final class SettingsChecks {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsChecks.class);

    private final Map<String, List<SettingsCheck>> byPid = new ConcurrentHashMap<>();

    /**
     * A code of a coded list that another configuration's setting uses.
     *
     * @param usedBy the PID of the configuration whose setting uses it
     * @param use    what is used, and by which attribute
     */
    public record Use(String usedBy, CodeUse use) {
    }

    /** Adds a check for the PID named by its service property; one without the property checks nothing. */
    public void add(SettingsCheck check, Object pid) {
        if (pid instanceof String p && !p.isBlank()) {
            byPid.computeIfAbsent(p, k -> new CopyOnWriteArrayList<>()).add(check);
        }
    }

    public void remove(SettingsCheck check) {
        byPid.values().forEach(list -> list.remove(check));
    }

    /** The attributes of the PID that the module names as coded lists (edited as rows of labels). */
    public Set<String> codedLists(String pid) {
        Set<String> lists = new HashSet<>();
        byPid.getOrDefault(pid, List.of()).forEach(c -> lists.addAll(c.codedLists()));
        return lists;
    }

    /** The module's label of a built-in code of a coded list, empty when it has none. */
    public Optional<String> builtInLabel(String pid, String attribute, String code, Locale locale) {
        for (SettingsCheck check : byPid.getOrDefault(pid, List.of())) {
            Optional<String> label = check.builtInLabel(attribute, code, locale);
            if (label.isPresent() && !label.get().isBlank()) {
                return label;
            }
        }
        return Optional.empty();
    }

    /** The codes of the PID's lists that the settings of other configurations use. */
    public List<Use> usesOf(String pid) {
        List<Use> uses = new ArrayList<>();
        byPid.forEach((usedBy, checks) -> checks.forEach(check -> {
            try {
                check.codesUsed().stream().filter(u -> u.pid().equals(pid)).forEach(u -> uses.add(new Use(usedBy, u)));
            } catch (RuntimeException e) {
                LOG.warn("The settings check of {} could not tell the codes it uses", usedBy, e);
            }
        }));
        return uses;
    }

    /**
     * The first problem of each attribute's new value, by attribute id; empty when every value may be stored. A
     * value left empty (null: the default applies) is not checked on its own; the attributes together are checked
     * only when each is right on its own, with the defaults of those left empty.
     */
    public Map<String, SettingProblem> problems(String pid, Map<SettingField, Object> values) {
        Map<String, SettingProblem> problems = new LinkedHashMap<>();
        List<SettingsCheck> checks = byPid.getOrDefault(pid, List.of());
        if (checks.isEmpty()) {
            return problems;
        }
        Set<String> coded = codedLists(pid);
        Map<String, List<String>> effective = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            effective.put(field.id(), value == null ? field.defaults() : lines(value));
            if (value == null) {
                return;
            }
            List<String> lines = lines(value);
            Optional<SettingProblem> problem = coded.contains(field.id()) ? codedLines(lines) : Optional.empty();
            for (SettingsCheck check : checks) {
                if (problem.isPresent()) {
                    break;
                }
                problem = check.check(field.id(), lines);
            }
            problem.ifPresent(p -> problems.put(field.id(), p));
        });
        if (problems.isEmpty()) {
            for (SettingsCheck check : checks) {
                check.checkTogether(Map.copyOf(effective)).forEach(problems::putIfAbsent);
            }
        }
        return problems;
    }

    /** The lines of a coded list: each a valid code, none twice, a label at most 200 characters. */
    static Optional<SettingProblem> codedLines(List<String> lines) {
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            CodedLine item = CodedLine.parse(line);
            if (!item.validCode()) {
                return Optional.of(SettingProblem.of(line, "admin.settings.code.invalid"));
            }
            if (!seen.add(item.code())) {
                return Optional.of(SettingProblem.of(line, "admin.settings.code.repeated", item.code()));
            }
            if (item.russian().length() > 200 || item.english().length() > 200) {
                return Optional.of(SettingProblem.of(line, "admin.settings.code.longLabel"));
            }
        }
        return Optional.empty();
    }

    static List<String> lines(Object value) {
        return SettingValues.toText(value).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
