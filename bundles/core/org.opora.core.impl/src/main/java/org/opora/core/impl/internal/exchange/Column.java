package org.opora.core.impl.internal.exchange;

/**
 * The columns an import file may have. Each has the message key {@code core.import.column.<id>} with its name in
 * each language, and optionally {@code core.import.column.<id>.aliases} with other names it is known by.
 */
enum Column {
    SURNAME("surname"),
    NAME("name"),
    PATRONYMIC("patronymic"),
    BIRTH_DATE("birthDate"),
    SEX("sex"),
    CLASS("class"),
    REPRESENTATIVE("representative"),
    RELATION("relation"),
    PHONE("phone"),
    EMAIL("email"),
    POSITION("position"),
    SPECIALIST_TYPES("specialistTypes"),
    USERNAME("username");

    private final String id;

    Column(String id) {
        this.id = id;
    }

    /** The message key of the column's name, e.g. {@code core.import.column.birthDate}. */
    String key() {
        return "core.import.column." + id;
    }

    /** The message key of the column's other names, separated by {@code |}. */
    String aliasesKey() {
        return key() + ".aliases";
    }
}
