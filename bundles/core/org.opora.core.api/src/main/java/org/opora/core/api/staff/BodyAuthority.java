package org.opora.core.api.staff;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Who appoints and releases the members of a functional body, when the module that keeps the body decides it (a
 * whiteboard: a module registers it as a service). The consilium's composition, for instance, is set by the order of
 * whoever holds the approving role of the school's chain (regulation 002, 000 section 4: the director). For a body
 * no authority claims, the core's permission {@code core.structure.manage} decides, as it does for the head of
 * service. Added in 1.3.
 */
@ConsumerType
public interface BodyAuthority {

    /**
     * The security role ({@code Role.name()}) whose holders alone appoint members to the body and end their
     * memberships, or empty when this authority leaves the body to the core's permission. Called on every change,
     * so that a change in the module's settings applies at once.
     */
    Optional<String> appointingRole(String body);
}
