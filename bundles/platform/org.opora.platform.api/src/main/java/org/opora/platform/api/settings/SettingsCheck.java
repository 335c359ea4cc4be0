package org.opora.platform.api.settings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's check of the values of its own settings (one configuration PID), asked by the settings form before
 * anything is stored: what the metatype cannot say (a line {@code grade=hours}, a code from a list, a plain file
 * extension). Registered as a service with the property {@value #PID} naming the configuration it checks; the form
 * refuses the whole save when one attribute has a problem and keeps the stored values.
 * <p>
 * Besides each attribute on its own, a check may name its coded lists (edited as rows of labels, see
 * {@link #codedLists()}), check the attributes together ({@link #checkTogether(Map)}: a minimum above a maximum, a
 * list that must be part of another) and tell which codes of other configurations its settings use
 * ({@link #codesUsed()}), so that those are not removed there.
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

    /**
     * The attributes that are coded lists: one entry a line, {@code code = Russian label | English label} (the
     * English label optional; a bare {@code code} takes the module's built-in labels). The settings form edits them
     * as rows of labels in both languages with a code generated from the label and never changed once saved.
     */
    default Set<String> codedLists() {
        return Set.of();
    }

    /**
     * The label of a code an attribute names, in the language: a built-in code of one of the {@link #codedLists()
     * coded lists} (from the module's messages), or a code of another list a setting names (the form shows the
     * defaults by these labels); empty when there is none (a code of the school's own in a coded list).
     */
    default Optional<String> builtInLabel(String attribute, String code, Locale locale) {
        return Optional.empty();
    }

    /**
     * The problems of the attributes taken together, by attribute id; empty when they may be stored together.
     *
     * @param values every attribute's values as they will be after the save (typed, or the default of an attribute
     *               left empty), one value a line, stripped, without empty lines
     */
    default Map<String, SettingProblem> checkTogether(Map<String, List<String>> values) {
        return Map.of();
    }

    /** The codes of other configurations' coded lists that the stored settings of this configuration use. */
    default List<CodeUse> codesUsed() {
        return List.of();
    }
}
