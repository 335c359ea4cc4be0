package org.opora.consilium.impl.internal.config;

import java.util.Optional;

import org.opora.core.api.staff.BodyAuthority;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Tells the core who changes the consilium's composition: while members are appointed by order
 * ({@code orderRequired}, 002 and 000 section 4: the director's order), the holders of the approving role of the
 * school's chain {@code compositionOrderChain}, wherever the change is made (the consilium's page or the core's
 * structure); without an order the core's permission to manage the structure decides, as for the other bodies.
 */
@Component
public class CompositionAuthority implements BodyAuthority {

    private final ConsiliumRules rules;

    @Activate
    public CompositionAuthority(@Reference ConsiliumRules rules) {
        this.rules = rules;
    }

    @Override
    public Optional<String> appointingRole(String body) {
        return rules.orderRequired() && rules.body().equals(body)
                ? Optional.of(rules.compositionOrderChain().approver().role()) : Optional.empty();
    }
}
