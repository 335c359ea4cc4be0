package org.opora.core.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.ValidationException;

class WorkDirectionsTest {

    private final ReferenceLists lists = (list, locale) -> list == ReferenceList.DIRECTIONS
            ? List.of(new ListItem("diagnostics", "Диагностическое"), new ListItem("prevention", "Профилактическое"))
            : List.of(new ListItem("ovz", "ОВЗ"));

    @Test
    void aCodeOfTheConfiguredListIsTakenStripped() {
        assertEquals("diagnostics", WorkDirections.check("direction", " diagnostics ", lists, true));
    }

    @Test
    void anUnknownCodeIsRefusedOnItsFieldNamingTheCode() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> WorkDirections.check("workDirection", "ovz", lists, false));
        assertEquals("workDirection", e.field());
        assertEquals("core.error.direction.unknown", e.messageKey());
        assertEquals(List.of("ovz"), List.of(e.params()));
    }

    @Test
    void noneIsEmptyUnlessRequired() {
        assertEquals("", WorkDirections.check("direction", null, lists, false));
        assertEquals("", WorkDirections.check("direction", "  ", lists, false));
        ValidationException e = assertThrows(ValidationException.class,
                () -> WorkDirections.check("direction", "", lists, true));
        assertEquals("core.error.direction.required", e.messageKey());
    }
}
