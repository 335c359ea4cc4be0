package org.opora.programmes.impl.internal.print;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.opora.core.support.FormTexts;
import org.opora.platform.api.i18n.Translator;

/**
 * The words of a printed form in one language: messages {@code programmes.print.*} and what every module's form
 * texts have ({@link FormTexts}), and the date of an approval as the form writes it.
 */
final class PrintTexts extends FormTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd");

    PrintTexts(Translator translator, Locale locale) {
        super(translator, locale, "programmes.print.");
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
        String month = DateTimeFormatter.ofPattern("MMMM", locale()).format(day);
        return t("signedOn", DAY.format(day), month, String.valueOf(day.getYear()));
    }
}
