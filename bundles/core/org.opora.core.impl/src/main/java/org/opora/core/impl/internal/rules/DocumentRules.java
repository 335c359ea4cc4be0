package org.opora.core.impl.internal.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.opora.core.api.AcademicYear;
import org.opora.platform.api.settings.SettingProblem;

/**
 * The register's rules from 000 §5–§6.1: which document types are confidential (the materials of an examination:
 * the confidentiality of examination materials) and how long each type is kept (the nomenclature of
 * files, keeping the documentation and its safety). A retention period counts whole years from the last day of the
 * document's academic year (31 August); a type kept {@code permanent}, or not listed, is never due for destruction.
 */
public final class DocumentRules {

    /** {@code type = years} or {@code type = permanent}. */
    private static final Pattern LINE = Pattern.compile("\\s*([\\p{L}\\p{Nd}._-]+)\\s*=\\s*(\\d{1,3}|permanent)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final String PERMANENT = "permanent";

    private final Set<String> confidential;
    private final Map<String, Integer> years;

    private DocumentRules(Set<String> confidential, Map<String, Integer> years) {
        this.confidential = confidential;
        this.years = years;
    }

    /** The rules from the settings; malformed retention lines are left out (the settings check refuses them). */
    public static DocumentRules of(String[] confidentialTypes, String[] retention) {
        Set<String> conf = Stream.of(confidentialTypes == null ? new String[0] : confidentialTypes)
                .map(t -> t.strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty()).collect(Collectors.toUnmodifiableSet());
        Map<String, Integer> kept = new HashMap<>();
        for (String line : retention == null ? new String[0] : retention) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                String value = m.group(2).toLowerCase(Locale.ROOT);
                Integer n = PERMANENT.equals(value) ? null : Integer.valueOf(value);
                kept.put(m.group(1).toLowerCase(Locale.ROOT), n);
            }
        }
        return new DocumentRules(conf, kept);
    }

    /** Whether documents of the type are read only by their author and the people named for confidential ones. */
    public boolean confidential(String type) {
        return confidential.contains(type);
    }

    /** Whether a document is restricted: of a confidential type, or about a pupil. */
    public boolean restricted(String type, Long pupilId) {
        return pupilId != null || confidential(type);
    }

    /** The confidential types, for queries. */
    public Set<String> confidentialTypes() {
        return confidential;
    }

    /** The types the retention setting names (with a number of years or {@code permanent}). */
    public Set<String> retainedTypes() {
        return Set.copyOf(years.keySet());
    }

    /** The last day a document is kept, or {@code null} when its type is kept permanently (or has no period). */
    public LocalDate keptUntil(String type, AcademicYear year) {
        Integer n = years.get(type);
        return n == null ? null : year.lastDay().plusYears(n);
    }

    /** Whether an archived document of the type and year may be destroyed on the day. */
    public boolean due(String type, AcademicYear year, LocalDate today) {
        LocalDate until = keptUntil(type, year);
        return until != null && today.isAfter(until);
    }

    /** The first malformed line of the retention setting, or a type given twice, or empty. */
    public static Optional<SettingProblem> checkRetention(Iterable<String> lines) {
        return checkRetention(lines, type -> true);
    }

    /**
     * The first malformed line of the retention setting, a type given twice, or a type {@code known} does not take
     * ({@code core.settings.unknown.documentTypes}); empty when every line may be stored.
     */
    public static Optional<SettingProblem> checkRetention(Iterable<String> lines,
            java.util.function.Predicate<String> known) {
        Set<String> seen = new java.util.HashSet<>();
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                return Optional.of(SettingProblem.of(line, "core.settings.documentRetention.format"));
            }
            String type = m.group(1).toLowerCase(Locale.ROOT);
            if (!known.test(type)) {
                return Optional.of(SettingProblem.of(line, "core.settings.unknown.documentTypes", type));
            }
            if (!seen.add(type)) {
                return Optional.of(SettingProblem.of(line, "core.settings.repeated", type));
            }
        }
        return Optional.empty();
    }
}
