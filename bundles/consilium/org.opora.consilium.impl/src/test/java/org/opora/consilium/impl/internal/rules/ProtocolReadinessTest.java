package org.opora.consilium.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.consilium.api.Decisions;
import org.opora.consilium.api.meeting.Shortfall;
import org.opora.core.api.ValidationException;

class ProtocolReadinessTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 12);
    private final ProtocolReadiness rule = new ProtocolReadiness(true, List.of("psychologist", "social-pedagogue"),
            code -> "label:" + code);

    private static ProtocolReadiness.Item decided(String name, String... decisions) {
        return new ProtocolReadiness.Item(name, List.of(decisions), 7L, "PMPK", DAY.plusMonths(2), 1);
    }

    private static ProtocolReadiness.Protocol protocol(Long chair, Long secretary, List<ProtocolReadiness.Item> items) {
        return new ProtocolReadiness.Protocol(chair, secretary, DAY, "Conclusion", items,
                Set.of("psychologist", "social-pedagogue"));
    }

    private List<String> keys(ProtocolReadiness.Protocol p) {
        return rule.shortfalls(p, DAY).stream().map(Shortfall::messageKey).toList();
    }

    @Test
    void aCompleteProtocolCanBeFinalised() {
        assertTrue(rule.shortfalls(protocol(1L, 2L, List.of(decided("A", Decisions.PROGRAMME_OPEN))), DAY).isEmpty());
    }

    @Test
    void notWithoutChairAndSecretary() {
        ProtocolReadiness.Protocol p = protocol(null, null, List.of(decided("A", Decisions.RECOMMENDATIONS)));
        assertEquals(List.of("consilium.error.noChair", "consilium.error.noSecretary"), keys(p));
        ValidationException e = assertThrows(ValidationException.class,
                () -> ProtocolReadiness.requireNone(rule.shortfalls(p, DAY)));
        assertEquals("consilium.error.noChair", e.messageKey());
        assertEquals("chairId", e.field());
        assertEquals(List.of("consilium.error.noSecretary"),
                keys(protocol(1L, null, List.of(decided("A", Decisions.RECOMMENDATIONS)))));
    }

    @Test
    void everyPupilNeedsADecisionWithWhatItRequires() {
        List<ProtocolReadiness.Item> items = List.of(
                new ProtocolReadiness.Item("A", List.of(), null, "", null, 1),
                new ProtocolReadiness.Item("B", List.of(Decisions.PROGRAMME_OPEN, Decisions.REFER_EXTERNAL,
                        Decisions.REVIEW_AGAIN), null, " ", null, 1),
                new ProtocolReadiness.Item("C", List.of(Decisions.REVIEW_AGAIN), null, "", DAY, 0));
        List<Shortfall> found = rule.shortfalls(protocol(1L, 2L, items), DAY);
        assertEquals(List.of(Shortfall.of("consilium.error.noDecision", "A"),
                Shortfall.of("consilium.error.noCurator", "B"),
                Shortfall.of("consilium.error.noExternalReferral", "B"),
                Shortfall.of("consilium.error.noReviewBy", "B"),
                Shortfall.of("consilium.error.reviewByNotAfter", "C"),
                Shortfall.of("consilium.error.noParentInvited", "C")), found);
    }

    @Test
    void agendaSpecialistsConclusionAndDate() {
        ProtocolReadiness.Protocol p = new ProtocolReadiness.Protocol(1L, 2L, DAY.plusDays(1), " ", List.of(),
                Set.of("psychologist"));
        assertEquals(List.of(Shortfall.of("consilium.error.noItems"),
                Shortfall.of("consilium.error.missingType", "label:social-pedagogue"),
                Shortfall.of("consilium.error.noConclusion"), Shortfall.of("consilium.error.meetingInFuture")),
                rule.shortfalls(p, DAY));
    }

    @Test
    void parentsAreOptionalWhenTheSchoolSaysSo() {
        ProtocolReadiness lenient = new ProtocolReadiness(false, List.of(), c -> c);
        ProtocolReadiness.Item noParents = new ProtocolReadiness.Item("A", List.of(Decisions.RECOMMENDATIONS), null,
                "", null, 0);
        assertTrue(lenient.shortfalls(protocol(1L, 2L, List.of(noParents)), DAY).isEmpty());
    }
}
