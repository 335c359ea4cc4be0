package org.opora.platform.admin.internal.settings;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/**
 * One entry of a coded list as stored: {@code code = Russian label | English label}; the English label is optional,
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

    /** The Russian alphabet (yo after ye), and below it each letter's Latin spelling (the passport style). */
    private static final String RUSSIAN = "\u0430\u0431\u0432\u0433\u0434\u0435\u0451\u0436\u0437\u0438\u0439"
            + "\u043a\u043b\u043c\u043d\u043e\u043f\u0440\u0441\u0442\u0443\u0444"
            + "\u0445\u0446\u0447\u0448\u0449\u044a\u044b\u044c\u044d\u044e\u044f";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
        "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

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

    /** The stored form: a bare code without labels, {@code code = Label} or {@code code = Label | English label}. */
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
            int letter = RUSSIAN.indexOf(c);
            if (letter >= 0) {
                b.append(LATIN[letter]);
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
