package org.opora.consilium.impl.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.opora.platform.testing.TypedConfig;

/**
 * Who changes the consilium's composition (002, 000 section 4: by the director's order): the approving role of the
 * school's chain while an order is required, the core's permission otherwise; a broken chain in a hand-edited file
 * falls back to the director.
 */
class CompositionAuthorityTest {

    private static CompositionAuthority authority(Map<String, ?> values) {
        return new CompositionAuthority(new ConsiliumRules(TypedConfig.of(RulesConfig.class, values)));
    }

    @Test
    void theDirectorSignsTheOrderByDefaultAndOnlyTheConsiliumIsClaimed() {
        CompositionAuthority authority = authority(Map.of());
        assertEquals(Optional.of("director"), authority.appointingRole("consilium"));
        assertEquals(Optional.empty(), authority.appointingRole("prevention-council"));
        assertEquals(Optional.empty(), authority.appointingRole(null));
    }

    @Test
    void theConfiguredApproverSignsAndWithoutAnOrderThePermissionDecides() {
        assertEquals(Optional.of("deputy"), authority(Map.of("compositionOrderChain",
                new String[] {"approve: deputy = Deputy director for welfare"})).appointingRole("consilium"));
        assertEquals(Optional.of("head"), authority(Map.of("body", "ppk", "compositionOrderChain",
                new String[] {"approve: head"})).appointingRole("ppk"));
        assertEquals(Optional.empty(), authority(Map.of("orderRequired", false, "compositionOrderChain",
                new String[] {"approve: deputy"})).appointingRole("consilium"));
    }

    @Test
    void aChainWithAgreementsOrMalformedFallsBackToTheDirector() {
        assertEquals("approve: director", new ConsiliumRules(TypedConfig.of(RulesConfig.class, Map.of(
                "compositionOrderChain", new String[] {"agree: deputy", "approve: head"}))).compositionOrderChain()
                .approver().line());
        assertEquals(Optional.of("director"), authority(Map.of("compositionOrderChain",
                new String[] {"sign: deputy"})).appointingRole("consilium"));
    }
}
