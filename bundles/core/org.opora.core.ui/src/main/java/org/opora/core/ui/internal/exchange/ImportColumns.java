package org.opora.core.ui.internal.exchange;

import java.util.List;

import org.opora.core.api.exchange.ImportKind;

/**
 * The columns an import file of each kind has, as the explanation on the import page lists them; their headers
 * and notes are texts of the message bundle ({@code core.ui.import.column.<kind>.<column>}).
 */
final class ImportColumns {

    private ImportColumns() {
    }

    static List<String> of(ImportKind kind) {
        return switch (kind) {
            case PUPILS -> List.of("surname", "name", "patronymic", "birthDate", "sex", "class", "representative",
                    "relation", "phone", "email");
            case STAFF -> List.of("surname", "name", "patronymic", "position", "specialistTypes", "username",
                    "phone", "email");
        };
    }
}
