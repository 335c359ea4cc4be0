package org.opora.core.impl.internal.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.opora.core.api.staff.BodyRoleMeaning;
import org.opora.platform.api.settings.SettingProblem;

/**
 * The setting {@code bodyRoleMeanings} (000 section 4: a body has a chair, a deputy, a secretary and members): one
 * line {@code code = meaning} a role. Checked before it is stored — the code must be in the list of roles, the
 * meaning one of {@code chair}, {@code deputy}, {@code secretary}, {@code member}, a code named once, and at most
 * one code may mean the chair and one the secretary (the single-holder rule follows the meaning).
 */
public final class RoleMeanings {

    private RoleMeanings() {
    }

    /**
     * The meanings of the lines in their order; a malformed line is handed to {@code malformed} (line, reason) and
     * left out, a repeated code keeps its first line.
     */
    public static Map<String, BodyRoleMeaning> parse(String[] lines, BiConsumer<String, String> malformed) {
        Map<String, BodyRoleMeaning> meanings = new LinkedHashMap<>();
        for (String line : lines == null ? new String[0] : lines) {
            if (line == null || line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            Optional<BodyRoleMeaning> meaning = eq < 0 ? Optional.empty()
                    : BodyRoleMeaning.ofCode(line.substring(eq + 1));
            if (meaning.isEmpty()) {
                malformed.accept(line, "not code = chair|deputy|secretary|member");
            } else {
                meanings.putIfAbsent(line.substring(0, eq).strip(), meaning.get());
            }
        }
        return meanings;
    }

    /** The first refused line, or empty when every line names a configured role and a meaning. */
    public static Optional<SettingProblem> check(List<String> lines, Set<String> roleCodes) {
        Map<String, BodyRoleMeaning> seen = new LinkedHashMap<>();
        String meaningCodes = List.of(BodyRoleMeaning.values()).stream().map(BodyRoleMeaning::code)
                .collect(Collectors.joining(", "));
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                return Optional.of(SettingProblem.of(line, "core.settings.bodyRoleMeanings.format", meaningCodes));
            }
            String code = line.substring(0, eq).strip();
            if (!roleCodes.contains(code)) {
                return Optional.of(SettingProblem.of(line, "core.settings.bodyRoleMeanings.unknownRole", code,
                        String.join(", ", roleCodes)));
            }
            Optional<BodyRoleMeaning> meaning = BodyRoleMeaning.ofCode(line.substring(eq + 1));
            if (meaning.isEmpty()) {
                return Optional.of(SettingProblem.of(line, "core.settings.bodyRoleMeanings.unknownMeaning",
                        line.substring(eq + 1).strip(), meaningCodes));
            }
            if (seen.containsKey(code)) {
                return Optional.of(SettingProblem.of(line, "core.settings.repeated"));
            }
            BodyRoleMeaning m = meaning.get();
            if (m.single()) {
                Optional<String> other = seen.entrySet().stream().filter(e -> e.getValue() == m)
                        .map(Map.Entry::getKey).findFirst();
                if (other.isPresent()) {
                    return Optional.of(SettingProblem.of(line, "core.settings.bodyRoleMeanings.single." + m.code(),
                            other.get(), code));
                }
            }
            seen.put(code, m);
        }
        return Optional.empty();
    }
}
