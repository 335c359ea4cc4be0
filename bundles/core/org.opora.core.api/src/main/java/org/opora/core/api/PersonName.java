package org.opora.core.api;

import java.util.Objects;

/**
 * A person's name as Russian documents write it (full name (FIO)): surname, name and an optional patronymic.
 *
 * @param surname    family name
 * @param name       given name
 * @param patronymic patronymic; empty when the person has none
 */
public record PersonName(String surname, String name, String patronymic) {

    public PersonName {
        surname = Objects.requireNonNull(surname, "surname").strip();
        name = Objects.requireNonNull(name, "name").strip();
        patronymic = patronymic == null ? "" : patronymic.strip();
    }

    /** "Surname Name Patronymic". */
    public String full() {
        return patronymic.isEmpty() ? surname + " " + name : surname + " " + name + " " + patronymic;
    }

    /** "Surname N. P.", the form used in signatures and lists. */
    public String initials() {
        StringBuilder sb = new StringBuilder(surname);
        if (!name.isEmpty()) {
            sb.append(' ').append(name.charAt(0)).append('.');
        }
        if (!patronymic.isEmpty()) {
            sb.append(' ').append(patronymic.charAt(0)).append('.');
        }
        return sb.toString();
    }

    /**
     * Parses "Surname Name [Patronymic]"; words after the third belong to the patronymic (e.g. "Ogly").
     *
     * @throws IllegalArgumentException when fewer than two words are given
     */
    public static PersonName parse(String fullName) {
        String[] words = fullName == null ? new String[0] : fullName.strip().split("\\s+", 3);
        if (words.length < 2 || words[0].isEmpty()) {
            throw new IllegalArgumentException("surname and name expected: " + fullName);
        }
        return new PersonName(words[0], words[1], words.length > 2 ? words[2] : "");
    }

    @Override
    public String toString() {
        return full();
    }
}
