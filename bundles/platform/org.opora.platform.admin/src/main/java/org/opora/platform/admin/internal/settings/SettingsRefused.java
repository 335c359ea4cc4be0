package org.opora.platform.admin.internal.settings;

import java.util.Map;

import org.opora.platform.api.settings.SettingProblem;

/** The values of a save that a module's check refused, by attribute id; nothing was stored. */
public final class SettingsRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, SettingProblem> problems;

    public SettingsRefused(String pid, Map<String, SettingProblem> problems) {
        super("Settings " + pid + " refused: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    /** The first problem of each refused attribute. */
    public Map<String, SettingProblem> problems() {
        return problems;
    }
}
