package org.opora.platform.api.settings;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's check of the values of its own settings (one configuration PID), asked by the settings form before
 * anything is stored: what the metatype cannot say (a line {@code grade=hours}, a code from a list, a plain file
 * extension). Registered as a service with the property {@value #PID} naming the configuration it checks; the form
 * refuses the whole save when one attribute has a problem and keeps the stored values.
 */
@ConsumerType
public interface SettingsCheck {

    /** Service property: the configuration PID whose values this service checks. */
    String PID = "opora.settings.pid";

    /**
     * The first problem of an attribute's new values, or empty when they may be stored.
     *
     * @param attribute the attribute's id, e.g. {@code fileTypes}
     * @param values    the values as typed, one a line, stripped, without empty lines; one value for a single-valued
     *                  attribute; never called for an attribute left empty (its default applies)
     */
    Optional<SettingProblem> check(String attribute, List<String> values);
}
