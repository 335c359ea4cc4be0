package org.opora.core.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.opora.platform.api.i18n.Translator;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The words of a printed form in one language: the module's messages under one prefix (e.g.
 * {@code consilium.print.}), dates as {@code dd.MM.yyyy} as everywhere in the school's papers, the dash of an empty
 * field and labels of codes from the message catalogue. A module's form texts extend it with their own words; the
 * messages {@code <prefix>none} (the dash) and {@code <prefix>period} ({0} - {1}) are the module's.
 */
@ConsumerType
public class FormTexts {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Translator translator;
    private final Locale locale;
    private final String prefix;

    /**
     * @param locale the form's language; Russian for none
     * @param prefix the prefix of the form's message keys, e.g. {@code consilium.print.}
     */
    public FormTexts(Translator translator, Locale locale, String prefix) {
        this.translator = translator;
        this.locale = locale == null ? RUSSIAN : locale;
        this.prefix = prefix;
    }

    /** The form's language. */
    public Locale locale() {
        return locale;
    }

    /** The message {@code <prefix><key>} with its parameters. */
    public String t(String key, Object... params) {
        return translator.translate(prefix + key, locale, params);
    }

    /** {@code dd.MM.yyyy}, or empty without a day. */
    public static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** The day of an instant in the server's time zone, {@code dd.MM.yyyy}; empty without one. */
    public static String date(Instant at) {
        return at == null ? "" : date(LocalDate.ofInstant(at, ZoneId.systemDefault()));
    }

    /** The text, or the dash of an empty field. */
    public String orDash(String text) {
        return text == null || text.isBlank() ? t("none") : text.strip();
    }

    /** A date, or a period "from - to"; a period of one day is that day; the dash without either. */
    public String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return t("none");
        }
        if (from == null || to == null || from.equals(to)) {
            return date(from == null ? to : from);
        }
        return t("period", date(from), date(to));
    }

    /** The label of a code in the catalogue under {@code keyPrefix}; the code itself when the catalogue has none. */
    public String label(String keyPrefix, String code) {
        if (code == null || code.isBlank()) {
            return t("none");
        }
        String key = keyPrefix + code;
        String text = translator.translate(key, locale);
        return text == null || text.equals(key) ? code : text;
    }
}
