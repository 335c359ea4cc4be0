package org.opora.platform.admin.internal.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.api.settings.SettingsCheck;

/**
 * The modules' {@link SettingsCheck}s by configuration PID (a whiteboard: they come and go with their bundles), and
 * the problems they find in the values about to be stored.
 */
public final class SettingsChecks {

    private final Map<String, List<SettingsCheck>> byPid = new ConcurrentHashMap<>();

    /** Adds a check for the PID named by its service property; one without the property checks nothing. */
    public void add(SettingsCheck check, Object pid) {
        if (pid instanceof String p && !p.isBlank()) {
            byPid.computeIfAbsent(p, k -> new CopyOnWriteArrayList<>()).add(check);
        }
    }

    public void remove(SettingsCheck check) {
        byPid.values().forEach(list -> list.remove(check));
    }

    /**
     * The first problem of each attribute's new value, by attribute id; empty when every value may be stored. A
     * value left empty (null: the default applies) is not checked.
     */
    public Map<String, SettingProblem> problems(String pid, Map<SettingField, Object> values) {
        Map<String, SettingProblem> problems = new LinkedHashMap<>();
        List<SettingsCheck> checks = byPid.getOrDefault(pid, List.of());
        if (checks.isEmpty()) {
            return problems;
        }
        values.forEach((field, value) -> {
            if (value == null) {
                return;
            }
            List<String> lines = SettingValues.toText(value).lines().map(String::strip).filter(l -> !l.isEmpty())
                    .toList();
            for (SettingsCheck check : checks) {
                Optional<SettingProblem> problem = check.check(field.id(), lines);
                if (problem.isPresent()) {
                    problems.put(field.id(), problem.get());
                    break;
                }
            }
        });
        return problems;
    }
}
