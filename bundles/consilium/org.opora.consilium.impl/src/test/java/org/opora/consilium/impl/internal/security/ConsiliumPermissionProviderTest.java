package org.opora.consilium.impl.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.platform.api.security.PermissionDefinition;

/** The six permissions with valid ids, titles in both languages and the default roles of the brief. */
class ConsiliumPermissionProviderTest {

    private final Map<String, PermissionDefinition> permissions = new ConsiliumPermissionProvider().permissions()
            .stream().collect(Collectors.toMap(PermissionDefinition::id, Function.identity()));

    @Test
    void theSixPermissionsOfTheApiAreDeclaredWithTitles() {
        assertEquals(Set.of(ConsiliumPermissions.ACCESS, ConsiliumPermissions.REFERRAL_FILE,
                ConsiliumPermissions.REFERRAL_RECEIVE, ConsiliumPermissions.REFERRAL_EXAMINE,
                ConsiliumPermissions.MEETING_READ_ALL, ConsiliumPermissions.MEETING_MANAGE), permissions.keySet());
        MessagesTranslator messages = new MessagesTranslator();
        permissions.values().forEach(p -> {
            assertTrue(p.id().matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+"), p.id());
            assertEquals("consilium.perm." + p.id().substring("consilium.".length()), p.titleKey());
            assertTrue(messages.knows(p.titleKey()), p.titleKey());
        });
    }

    @Test
    void defaultRolesFollowTheRegulation() {
        Set<String> everyone = Set.of("director", "deputy", "head-of-service", "specialist", "class-teacher",
                "teacher");
        assertEquals(everyone, roles(ConsiliumPermissions.ACCESS));
        assertEquals(everyone, roles(ConsiliumPermissions.REFERRAL_FILE));
        assertEquals(Set.of("director", "deputy", "head-of-service"), roles(ConsiliumPermissions.REFERRAL_RECEIVE));
        assertEquals(Set.of("head-of-service", "specialist"), roles(ConsiliumPermissions.REFERRAL_EXAMINE));
        assertEquals(Set.of("director", "head-of-service"), roles(ConsiliumPermissions.MEETING_READ_ALL));
        assertEquals(Set.of(), roles(ConsiliumPermissions.MEETING_MANAGE));
    }

    private Set<String> roles(String permission) {
        return permissions.get(permission).defaultRoles();
    }
}
