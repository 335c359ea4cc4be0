package org.opora.platform.api.settings;

import java.util.List;

/**
 * Why a value of a setting is refused: the value (the line) as typed and the reason as an i18n key of the module's
 * message bundle with its parameters; the form shows both, e.g. "Line "5=-3": the hours are a whole number from 1 to 60."
 *
 * @param value     the offending line as the administrator typed it
 * @param reasonKey the i18n key of the reason
 * @param params    the parameters of the reason's message
 */
public record SettingProblem(String value, String reasonKey, List<Object> params) {

    public SettingProblem {
        params = List.copyOf(params);
    }

    /** A problem of a line with the reason's parameters. */
    public static SettingProblem of(String value, String reasonKey, Object... params) {
        return new SettingProblem(value, reasonKey, List.of(params));
    }
}
