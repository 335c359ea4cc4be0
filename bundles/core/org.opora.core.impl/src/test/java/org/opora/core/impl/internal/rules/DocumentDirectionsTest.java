package org.opora.core.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocumentDirectionsTest {

    @Test
    void examinationMaterialsAreDiagnosticsAProgrammeCorrectionalTheRestMethodological() {
        assertEquals("diagnostics", DocumentDirections.byType("examination"));
        assertEquals("correction", DocumentDirections.byType("programme"));
        assertEquals("methodology", DocumentDirections.byType("annual-plan"));
        assertEquals("methodology", DocumentDirections.byType("a-type-the-school-added"));
        assertEquals("methodology", DocumentDirections.byType(null));
    }
}
