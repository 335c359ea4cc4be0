package org.opora.platform.admin.internal.texts;

import java.util.List;

/**
 * A school's text that may not be stored: why, as a message key of the administration with its parameters, and the
 * language of the refused text. Nothing was stored.
 */
public final class TextRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String language;
    private final String reasonKey;
    private final transient List<Object> params;

    TextRefused(String language, String reasonKey, Object... params) {
        super("School text refused (" + language + "): " + reasonKey);
        this.language = language;
        this.reasonKey = reasonKey;
        this.params = List.of(params);
    }

    /** The language of the refused text: {@code ru} or {@code en}. */
    public String language() {
        return language;
    }

    public String reasonKey() {
        return reasonKey;
    }

    public Object[] params() {
        return params.toArray();
    }
}
