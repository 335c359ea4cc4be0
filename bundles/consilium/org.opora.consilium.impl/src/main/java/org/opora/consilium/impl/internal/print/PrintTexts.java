package org.opora.consilium.impl.internal.print;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.opora.consilium.api.ConsiliumSettings;
import org.opora.core.support.FormTexts;
import org.opora.platform.api.i18n.Translator;

/**
 * The words of a printed form in one language: messages {@code consilium.print.*} and what every module's form
 * texts have ({@link FormTexts}), the pupil with the class and the labels of the configured lists (decisions,
 * monitoring surveys).
 */
final class PrintTexts extends FormTexts {

    private final ConsiliumSettings settings;

    PrintTexts(Translator translator, Locale locale, ConsiliumSettings settings) {
        super(translator, locale, "consilium.print.");
        this.settings = settings;
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
