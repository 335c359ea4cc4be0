package org.opora.core.impl.internal.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.opora.platform.api.settings.SettingProblem;

/**
 * The check of the setting of allowed file types ({@code fileTypes}) before it is stored: each line one plain
 * extension (letters and digits, at most ten, no dot, slash, wildcard, separator or markup), not an executable or
 * a web page, one whose content {@link FileCheck} can verify, and not given twice.
 */
public final class FileTypesSetting {

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{Nd}]{1,10}");
    /** Programs, scripts and pages a browser or the desktop would run or render. */
    private static final Set<String> EXECUTABLE = Set.of("exe", "com", "bat", "cmd", "msi", "scr", "pif", "dll",
            "sh", "bash", "ps1", "vbs", "vbe", "js", "mjs", "jse", "wsf", "hta", "jar", "apk", "app", "php", "py",
            "pl", "rb", "html", "htm", "xhtml", "svg", "xml", "swf");

    private FileTypesSetting() {
    }

    /** The first refused line, or empty when every line is a plain, verifiable, harmless extension. */
    public static Optional<SettingProblem> check(List<String> lines) {
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            String ext = line.strip().toLowerCase(Locale.ROOT);
            if (!PLAIN.matcher(ext).matches()) {
                return Optional.of(SettingProblem.of(line, "core.settings.fileTypes.plain"));
            }
            if (EXECUTABLE.contains(ext)) {
                return Optional.of(SettingProblem.of(line, "core.settings.fileTypes.executable"));
            }
            if (!FileCheck.verifiable().contains(ext)) {
                return Optional.of(SettingProblem.of(line, "core.settings.fileTypes.unknown",
                        String.join(", ", new TreeSet<>(FileCheck.verifiable()))));
            }
            if (!seen.add(ext)) {
                return Optional.of(SettingProblem.of(line, "core.settings.repeated"));
            }
        }
        return Optional.empty();
    }
}
