package org.opora.programmes.impl.internal.support;

import java.util.Locale;
import java.util.function.Function;

import org.opora.platform.api.i18n.Translator;
import org.opora.programmes.api.ProgrammeState;

/**
 * The API's states as the rules see them. The rules classes keep their own copy of the states (pure code that
 * does not depend on the API); the names are the same, so each maps to the other by name.
 */
public final class States {

    private States() {
    }

    public static org.opora.programmes.impl.internal.rules.ProgrammeState rule(ProgrammeState state) {
        return org.opora.programmes.impl.internal.rules.ProgrammeState.valueOf(state.name());
    }

    public static ProgrammeState api(org.opora.programmes.impl.internal.rules.ProgrammeState state) {
        return ProgrammeState.valueOf(state.name());
    }

    /** The label of a rules state in the language, for messages; the key itself without a translator. */
    public static Function<org.opora.programmes.impl.internal.rules.ProgrammeState, String> labels(
            Translator translator, Locale locale) {
        return s -> translator == null ? s.labelKey() : translator.translate(s.labelKey(), locale);
    }
}
