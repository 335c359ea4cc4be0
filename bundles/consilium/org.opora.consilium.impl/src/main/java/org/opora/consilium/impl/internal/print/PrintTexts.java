package org.opora.consilium.impl.internal.print;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.opora.consilium.api.ConsiliumSettings;
import org.opora.platform.api.i18n.Translator;

/**
 * The words of a printed form in one language: messages {@code consilium.print.*}, dates as {@code dd.MM.yyyy} and
 * the labels of the configured lists (decisions, monitoring surveys).
 */
final class PrintTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Translator translator;
    private final Locale locale;
    private final ConsiliumSettings settings;

    PrintTexts(Translator translator, Locale locale, ConsiliumSettings settings) {
        this.translator = translator;
        this.locale = locale;
        this.settings = settings;
    }

    /** The message {@code consilium.print.<key>} with its parameters. */
    String t(String key, Object... params) {
        return translator.translate("consilium.print." + key, locale, params);
    }

    /** {@code dd.MM.yyyy}, or empty without a day. */
    static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** The day of an instant in the server's time zone, {@code dd.MM.yyyy}. */
    static String date(Instant at) {
        return at == null ? "" : date(LocalDate.ofInstant(at, ZoneId.systemDefault()));
    }

    /** The text, or the dash of an empty field. */
    String orDash(String text) {
        return text == null || text.isBlank() ? t("none") : text.strip();
    }

    /** The pupil with the class, e.g. "Ivanov Ivan, 7A class"; only the name without a class. */
    String pupil(String name, String className) {
        return className == null || className.isBlank() ? name : t("pupilWithClass", name, className);
    }

    /** The labels of decision codes, joined by "; ". */
    String decisions(List<String> codes) {
        return codes.stream().map(c -> ConsiliumSettings.label(settings.decisionTypes(), c))
                .collect(Collectors.joining("; "));
    }

    /** The label of a monitoring survey code. */
    String monitoring(String code) {
        return ConsiliumSettings.label(settings.monitoringKinds(), code);
    }
}
