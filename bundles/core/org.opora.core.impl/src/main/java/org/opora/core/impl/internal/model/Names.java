package org.opora.core.impl.internal.model;

import java.util.Locale;

import org.opora.core.api.PersonName;

/** The normalised form of names the searches compare against: upper case, with the letter yo read as ye. */
public final class Names {

    private Names() {
    }

    public static String searchKey(PersonName name) {
        return normalise(name.full());
    }

    /** Upper case, single spaces, yo as ye, so that a search finds a name however it was typed. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT).replace('\u0401', '\u0415');
    }
}
