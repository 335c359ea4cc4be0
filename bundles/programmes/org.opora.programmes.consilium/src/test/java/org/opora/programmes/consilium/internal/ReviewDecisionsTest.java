package org.opora.programmes.consilium.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.consilium.api.link.ProtocolRef;
import org.opora.core.api.ValidationException;
import org.opora.programmes.api.programme.ProgrammeLifecycle;
import org.opora.programmes.api.programme.ProtocolCitation;

class ReviewDecisionsTest {

    private final List<String> applied = new ArrayList<>();

    /** A programme lifecycle that records the decisions applied and fails every other call. */
    private final ProgrammeLifecycle lifecycle = (ProgrammeLifecycle) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {ProgrammeLifecycle.class}, (proxy, method, args) -> {
                ProtocolCitation c = (ProtocolCitation) args[1];
                if (method.getName().equals("meetingHeld")) {
                    applied.add("held " + args[0] + " " + c.number() + " " + c.itemId());
                    return null;
                }
                if (!method.getName().equals("reviewDecided")) {
                    throw new AssertionError("unexpected call " + method.getName());
                }
                applied.add(args[0] + " " + args[2] + " " + c.number() + " " + c.itemId() + " " + args[3]);
                return null;
            });

    @Test
    void theProgrammeDecisionOfAProgrammesItemIsApplied() {
        new ReviewDecisions(lifecycle).protocolFinalised(List.of(
                ref(11, "programme:42", List.of("recommendations", "programme-close"), "Завершить"),
                ref(12, "", List.of("programme-open"), "Разработать ИПС"),
                ref(13, "programme:43", List.of("recommendations"), "Рекомендации"),
                ref(14, "programme:x", List.of("programme-close"), "")));
        // every programme's pupil discussed answers its curator's request for a meeting, if one is open
        assertEquals(List.of("held 42 5 11", "42 programme-close 5 11 Завершить", "held 43 5 13"), applied);
    }

    @Test
    void aDecisionThatCannotBeAppliedDoesNotStopTheOthers() {
        ProgrammeLifecycle failing = (ProgrammeLifecycle) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ProgrammeLifecycle.class}, (proxy, method, args) -> {
                    if ((Long) args[0] == 1L) {
                        throw new ValidationException("", "programmes.error.notInReview");
                    }
                    applied.add(method.getName() + " " + args[0]);
                    return null;
                });
        new ReviewDecisions(failing).protocolFinalised(List.of(ref(1, "programme:1", List.of("programme-close"), ""),
                ref(2, "programme:2", List.of("programme-extend"), "")));
        assertEquals(List.of("meetingHeld 2", "reviewDecided 2"), applied);
    }

    @Test
    void aFailureALaterCallMayCureIsThrownAfterTheOtherPartsAreApplied() {
        ProgrammeLifecycle down = (ProgrammeLifecycle) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ProgrammeLifecycle.class}, (proxy, method, args) -> {
                    if ((Long) args[0] == 1L) {
                        throw new IllegalStateException("the database is not reachable");
                    }
                    applied.add(method.getName() + " " + args[0]);
                    return null;
                });
        ReviewDecisions decisions = new ReviewDecisions(down);
        List<ProtocolRef> refs = List.of(ref(1, "programme:1", List.of("programme-close"), ""),
                ref(2, "programme:2", List.of("programme-extend"), ""));
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> decisions.protocolFinalised(refs), "so that the consilium's outbox calls again");
        assertEquals("the database is not reachable", thrown.getMessage());
        assertEquals(List.of("meetingHeld 2", "reviewDecided 2"), applied);
    }

    @Test
    void sourceRefsRoundTrip() {
        assertEquals(7L, SourceRefs.programmeId(SourceRefs.of(7)).orElseThrow());
        assertTrue(SourceRefs.programmeId("meeting:7").isEmpty());
        assertTrue(SourceRefs.programmeId(null).isEmpty());
    }

    private static ProtocolRef ref(long itemId, String sourceRef, List<String> decisions, String text) {
        return new ProtocolRef(3, "5", LocalDate.of(2027, 3, 12), itemId, 100 + itemId, "Pupil", decisions, text,
                "", "", "", "", null, "", sourceRef);
    }
}
