package org.opora.programmes.consilium.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opora.consilium.api.link.ConsiliumLink;
import org.opora.consilium.api.link.ProtocolRef;
import org.opora.programmes.api.programme.CitableProtocol;

class ConsiliumProtocolsTest {

    private static final ProtocolRef DECIDED = new ProtocolRef(3, "5", LocalDate.of(2027, 3, 12), 11, 101, "Pupil",
            List.of("programme-open"), "Разработать   ИПС\nна полгода", "Тревожность", "Снизить тревожность",
            "Занятия с психологом\nКонсультации родителей", "Психолог школы", 7L, "Smirnova", "");
    private static final ProtocolRef LONG = new ProtocolRef(4, "6", LocalDate.of(2027, 4, 2), 12, 101, "Pupil",
            List.of("recommendations"), "x".repeat(200), "", "", "", "", null, "", "");

    /** A consilium link that knows two protocol items of pupil 101 and cites them its own way. */
    private final ConsiliumLink link = (ConsiliumLink) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {ConsiliumLink.class}, (proxy, method, args) -> switch (method.getName()) {
                case "protocolsFor" -> (Long) args[0] == 101L ? List.of(DECIDED, LONG) : List.of();
                case "citation" -> "No. " + ((ProtocolRef) args[0]).number() + " (" + args[1] + ")";
                default -> throw new AssertionError("unexpected call " + method.getName());
            });

    @Test
    void thePupilsProtocolsAreOfferedWithWhatTheConsiliumDecided() {
        List<CitableProtocol> offered = new ConsiliumProtocols(link).protocolsFor(101, Locale.ENGLISH);
        assertEquals(2, offered.size());
        CitableProtocol p = offered.get(0);
        assertEquals("5", p.citation().number());
        assertEquals(LocalDate.of(2027, 3, 12), p.citation().date());
        assertEquals(11L, p.citation().itemId());
        assertEquals("No. 5 (en): Разработать ИПС на полгода", p.label());
        assertEquals("Тревожность", p.problems());
        assertEquals("Занятия с психологом\nКонсультации родителей", p.tasks());
        assertEquals(7L, p.curatorId());
    }

    @Test
    void aLongDecisionIsCutInTheLabel() {
        String label = new ConsiliumProtocols(link).protocolsFor(101, Locale.ENGLISH).get(1).label();
        assertEquals("No. 6 (en): ".length() + ConsiliumProtocols.LABEL_DECISION + 1, label.length());
        assertTrue(label.endsWith("\u2026"));
    }

    @Test
    void anotherPupilHasNone() {
        assertTrue(new ConsiliumProtocols(link).protocolsFor(102, Locale.ENGLISH).isEmpty());
    }
}
