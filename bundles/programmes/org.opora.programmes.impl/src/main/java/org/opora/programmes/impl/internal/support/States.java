package org.opora.programmes.impl.internal.support;

import java.util.Locale;
import java.util.function.Function;

import org.opora.platform.api.i18n.Translator;
import org.opora.programmes.api.ProgrammeState;

/** The states named in the user's language, for the lifecycle's messages. */
public final class States {

    private States() {
    }

    /** The label of a state in the language; the key itself without a translator. */
    public static Function<ProgrammeState, String> labels(Translator translator, Locale locale) {
        return s -> translator == null ? s.labelKey() : translator.translate(s.labelKey(), locale);
    }
}
