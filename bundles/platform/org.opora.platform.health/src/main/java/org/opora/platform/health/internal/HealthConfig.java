package org.opora.platform.health.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The health endpoint. */
@ObjectClassDefinition(name = "Opora: health endpoint",
        description = "Machine-readable health at /system/health for monitoring.")
public @interface HealthConfig {

    @AttributeDefinition(name = "Answer remote callers", description = "Off: only requests from this machine "
            + "(loopback) get an answer; the endpoint has no sign-in.")
    boolean allowRemote() default false;

    @AttributeDefinition(name = "Timeout (ms)", description = "Longest time one check may take.", min = "100",
            max = "60000")
    int timeoutMillis() default 5000;
}
