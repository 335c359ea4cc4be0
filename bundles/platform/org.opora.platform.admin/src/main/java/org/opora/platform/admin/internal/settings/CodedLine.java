package org.opora.platform.admin.internal.settings;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * One entry of a coded list as stored: {@code code = Русская метка | English label}; the English label is optional,
 * and old entries {@code code = Label} and a bare {@code code} still read (their labels empty: the module's built-in
 * labels apply).
 *
 * @param code    the stable code records keep, lower-case Latin letters, digits and dashes
 * @param russian the Russian label, empty for none
 * @param english the English label, empty for none
 */
public record CodedLine(String code, String russian, String english) {

    /** What a code consists of. */
    public static final String CODE_PATTERN = "[a-z0-9][a-z0-9-]*";

    private static final int MAX_CODE = 40;
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
            Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"),
            Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
            Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "yu"), Map.entry('я', "ya"));

    public CodedLine {
        code = code == null ? "" : code.strip();
        russian = russian == null ? "" : russian.strip();
        english = english == null ? "" : english.strip();
    }

    /** Reads a stored line; the code is not checked here (see {@link #validCode()}). */
    public static CodedLine parse(String line) {
        int eq = line.indexOf('=');
        if (eq < 0) {
            return new CodedLine(line, "", "");
        }
        String labels = line.substring(eq + 1);
        int bar = labels.indexOf('|');
        return bar < 0 ? new CodedLine(line.substring(0, eq), labels, "")
                : new CodedLine(line.substring(0, eq), labels.substring(0, bar), labels.substring(bar + 1));
    }

    /** The stored form: a bare code without labels, {@code code = Метка} or {@code code = Метка | Label}. */
    public String format() {
        if (russian.isEmpty() && english.isEmpty()) {
            return code;
        }
        return english.isEmpty() ? code + " = " + russian : code + " = " + russian + " | " + english;
    }

    public boolean validCode() {
        return code.matches(CODE_PATTERN);
    }

    /**
     * A code made from a label (Russian transliterated, anything else but letters and digits a dash), not among
     * {@code taken}: a number is appended when it is.
     */
    public static String codeFor(String label, Collection<String> taken) {
        StringBuilder b = new StringBuilder();
        String plain = Normalizer.normalize(label == null ? "" : label.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        for (char c : plain.toCharArray()) {
            String latin = CYRILLIC.get(c);
            if (latin != null) {
                b.append(latin);
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append(c);
            } else {
                b.append('-');
            }
        }
        String code = b.toString().replaceAll("-+", "-").replaceAll("^-|-$", "");
        if (code.length() > MAX_CODE) {
            code = code.substring(0, MAX_CODE).replaceAll("-$", "");
        }
        if (code.isEmpty()) {
            code = "item";
        }
        String unique = code;
        for (int n = 2; taken.contains(unique); n++) {
            unique = code + "-" + n;
        }
        return unique;
    }
}
