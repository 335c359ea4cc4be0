package org.opora.core.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.settings.CodeUse;
import org.opora.platform.api.settings.SettingProblem;

/**
 * The pieces of a module's {@link org.opora.platform.api.settings.SettingsCheck} for settings that name codes of the
 * core's reference lists ({@code org.opora.core.lists}) or of the module's own lists: a code not in the list, a code
 * given twice, a list that must be part of another, a minimum above a maximum, and the codes a setting uses (so that
 * the core's list keeps them). The reasons are keys of the core's messages ({@code core.settings.*}).
 */
public final class SettingCodes {

    /** The PID of the core's reference lists. */
    public static final String CORE_LISTS = "org.opora.core.lists";

    private SettingCodes() {
    }

    /** The attribute of the core's lists configuration that holds the list, e.g. {@code specialistTypes}. */
    public static String attribute(ReferenceList list) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : list.name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    /** The code of a line as a setting names it: stripped, lower case. */
    public static String code(String line) {
        return line.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The first line naming a code the core's list does not have ({@code core.settings.unknown.<attribute>}), or a
     * code given twice ({@code core.settings.repeated}).
     */
    public static Optional<SettingProblem> inCoreList(List<String> values, ReferenceList list, ReferenceLists lists) {
        Set<String> known = new HashSet<>();
        lists.items(list, Locale.ROOT).forEach(i -> known.add(i.code()));
        return within(values, known::contains, "core.settings.unknown." + attribute(list));
    }

    /** The first line whose code is not {@code known} (reason {@code unknownKey}) or is given twice. */
    public static Optional<SettingProblem> within(List<String> values, Predicate<String> known, String unknownKey) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            String code = code(value);
            if (!known.test(code)) {
                return Optional.of(SettingProblem.of(value, unknownKey, code));
            }
            if (!seen.add(code)) {
                return Optional.of(SettingProblem.of(value, "core.settings.repeated", code));
            }
        }
        return Optional.empty();
    }

    /**
     * The first line of {@code part} not among the codes of {@code whole} (both attributes of the values about to be
     * stored), refused on {@code part} with the reason {@code reasonKey}; nothing when {@code part} is right.
     */
    public static Optional<SettingProblem> subset(Map<String, List<String>> values, String part, String whole,
            String reasonKey) {
        Set<String> codes = new HashSet<>();
        values.getOrDefault(whole, List.of()).forEach(v -> codes.add(code(v)));
        return values.getOrDefault(part, List.of()).stream().filter(v -> !codes.contains(code(v))).findFirst()
                .map(v -> SettingProblem.of(v, reasonKey, code(v)));
    }

    /**
     * A minimum above a maximum: refused on the minimum's attribute naming both values ({@code reasonKey} with the
     * minimum and the maximum as parameters); nothing when either is missing or not a number.
     */
    public static Optional<SettingProblem> notAbove(Map<String, List<String>> values, String min, String max,
            String reasonKey) {
        Optional<Long> low = number(values.get(min));
        Optional<Long> high = number(values.get(max));
        if (low.isPresent() && high.isPresent() && low.get() > high.get()) {
            return Optional.of(SettingProblem.of(values.get(min).get(0), reasonKey, low.get(), high.get()));
        }
        return Optional.empty();
    }

    private static Optional<Long> number(List<String> values) {
        if (values == null || values.size() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(values.get(0).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The built-in label of a code (the message of {@code key} in the language), empty when the bundle has none or
     * there is no translator yet.
     */
    public static Optional<String> label(Translator translator, String key, Locale locale) {
        String text = translator == null ? null : translator.translate(key, locale);
        return text == null || text.isBlank() || text.equals(key) ? Optional.empty() : Optional.of(text);
    }

    /** The codes of the core's list that an attribute of the checked configuration uses. */
    public static List<CodeUse> uses(ReferenceList list, String attribute, Collection<String> codes) {
        List<CodeUse> uses = new ArrayList<>();
        codes.stream().map(SettingCodes::code).filter(c -> !c.isEmpty()).distinct()
                .forEach(c -> uses.add(new CodeUse(CORE_LISTS, attribute(list), c, attribute)));
        return uses;
    }
}
