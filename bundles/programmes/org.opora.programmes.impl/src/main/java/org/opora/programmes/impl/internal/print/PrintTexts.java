package org.opora.programmes.impl.internal.print;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.opora.platform.api.i18n.Translator;

/**
 * The words of a printed form in one language: messages {@code programmes.print.*}, dates as {@code dd.MM.yyyy},
 * the date of an approval as the form writes it, and the labels of list codes from the message catalogue.
 */
final class PrintTexts {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd");

    private final Translator translator;
    private final Locale locale;

    PrintTexts(Translator translator, Locale locale) {
        this.translator = translator;
        this.locale = locale == null ? RUSSIAN : locale;
    }

    /** The message {@code programmes.print.<key>} with its parameters. */
    String t(String key, Object... params) {
        return translator.translate("programmes.print." + key, locale, params);
    }

    /** {@code dd.MM.yyyy}, or empty without a day. */
    static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** The text, or the dash of an empty field. */
    String orDash(String text) {
        return text == null || text.isBlank() ? t("none") : text.strip();
    }

    /** A date, or a period "from - to"; a period of one day is that day. */
    String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return t("none");
        }
        if (from == null || to == null || from.equals(to)) {
            return date(from == null ? to : from);
        }
        return t("period", date(from), date(to));
    }

    /**
     * The date of an approval or agreement as the form writes it, the day in quotes and the month in words; the
     * blank date line of the form without a day.
     */
    String signedOn(LocalDate day) {
        if (day == null) {
            return t("dateLine");
        }
        // MMMM is the month's format form: the genitive in Russian ("oktyabrya"), as the date line needs
        String month = DateTimeFormatter.ofPattern("MMMM", locale).format(day);
        return t("signedOn", DAY.format(day), month, String.valueOf(day.getYear()));
    }

    /** The label of a code in the catalogue under {@code prefix}; the code itself when the catalogue has none. */
    String label(String prefix, String code) {
        if (code == null || code.isBlank()) {
            return t("none");
        }
        String key = prefix + code;
        String text = translator.translate(key, locale);
        return text == null || text.equals(key) ? code : text;
    }
}
