package org.opora.platform.health.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;

/** Readable component states for health messages. */
final class ComponentStates {

    private ComponentStates() {
    }

    static String describe(ComponentConfigurationDTO c) {
        return switch (c.state) {
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "waiting for "
                    + Arrays.stream(c.unsatisfiedReferences).map(r -> r.name + " " + r.target)
                            .collect(Collectors.joining(", "));
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "missing configuration";
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "activation failed: " + c.failure;
            default -> "state " + c.state;
        };
    }
}
