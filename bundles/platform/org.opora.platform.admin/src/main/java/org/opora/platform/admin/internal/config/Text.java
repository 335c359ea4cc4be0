package org.opora.platform.admin.internal.config;

import java.util.List;
import java.util.Locale;

import org.opora.platform.api.i18n.Translator;

/**
 * A message for people, translated when shown: a key of a bundle's messages and its parameters, which may be
 * messages themselves (a module's reason inside the form's "line … : reason").
 *
 * @param key    the message key
 * @param params the parameters; a {@link Text} parameter is translated first
 */
public record Text(String key, List<Object> params) {

    public Text {
        params = List.copyOf(params);
    }

    public static Text of(String key, Object... params) {
        return new Text(key, List.of(params));
    }

    /** The text in a language. */
    public String in(Translator translator, Locale locale) {
        Object[] resolved = params.stream().map(p -> p instanceof Text t ? t.in(translator, locale) : p).toArray();
        return translator.translate(key, locale, resolved);
    }
}
